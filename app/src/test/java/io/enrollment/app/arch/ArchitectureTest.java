package io.enrollment.app.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house, checked on the production classes of every module on the app's class path:
 * JavaFX only in app; core free of I/O and of the other modules; no module reaches up the data flow.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // Test jars of other modules (core's TestPackages) are test code too, though not in a test-classes folder.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.enrollment");
    }

    @Test
    void onlyTheAppUsesJavaFx() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.enrollment.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("the GUI toolkit stays in the app; everything else runs headless (ARCHITECTURE.md)");
        rule.check(classes);
    }

    @Test
    void coreDoesNoIo() {
        ArchRule rule = noClasses().that().resideInAPackage("io.enrollment.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "java.sql..",
                        "java.nio.channels..", "javax.sound..", "javax.imageio..", "java.awt..", "javax.net..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .because("core is the domain: it reads and writes streams it is given, never files, sockets or devices");
        rule.check(classes);
    }

    @Test
    void coreDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage("io.enrollment.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.enrollment.devices..", "io.enrollment.qc..",
                        "io.enrollment.signing..", "io.enrollment.queue..", "io.enrollment.central..",
                        "io.enrollment.installer..", "io.enrollment.app..")
                .check(classes);
    }

    /**
     * Layering between capability modules. A module not (yet) on the app's class path has no classes to
     * check, hence allowEmptyShould; the JavaFX and core rules above must always find classes.
     */
    @Test
    void modulesDoNotReachUpTheFlow() {
        String[] aboveCapture = {"io.enrollment.queue..", "io.enrollment.central..", "io.enrollment.installer..",
            "io.enrollment.app.."};
        noClasses().that().resideInAnyPackage("io.enrollment.devices..", "io.enrollment.qc..", "io.enrollment.signing..")
                .should().dependOnClassesThat().resideInAnyPackage(aboveCapture).allowEmptyShould(true).check(classes);
        noClasses().that().resideInAnyPackage("io.enrollment.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("io.enrollment.qc..", "io.enrollment.signing..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAnyPackage("io.enrollment.qc..")
                .should().dependOnClassesThat().resideInAnyPackage("io.enrollment.devices..", "io.enrollment.signing..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAnyPackage("io.enrollment.queue..", "io.enrollment.central..", "io.enrollment.installer..")
                .should().dependOnClassesThat().resideInAnyPackage("io.enrollment.app..").allowEmptyShould(true).check(classes);
    }
}
