package io.enrollment.app.headless;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The headless demo runs where there is no display and no JavaFX toolkit: nothing it uses, directly or through
 * the services it shares with the GUI, may reach JavaFX.
 */
class HeadlessRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.enrollment");

    @Test
    void theHeadlessPathNeverReachesJavaFx() {
        noClasses().that().resideInAPackage("io.enrollment.app.headless..")
                .should().transitivelyDependOnClassesThat().resideInAPackage("javafx..")
                .because("workstation demo --headless runs without a display (integrators' smoke test, reliability tests)")
                .check(CLASSES);
    }
}
