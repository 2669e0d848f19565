package io.enrollment.app.shell;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * MVVM in the screens (STYLE.md §8): view models, sessions, the enrollment and the capture/review services hold
 * at most javafx.beans/collections, never controls, scenes or the FX thread; dialogs go through DialogService.
 */
class ViewModelRulesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.enrollment.app");

    @Test
    void viewModelsUseNoControlsScenesOrTheFxThread() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleName("OfficerSessions").or().haveSimpleName("Enrollment")
                .or().resideInAnyPackage("io.enrollment.app.capture..")
                .or().haveSimpleName("RejectedCaptureVault").or().haveSimpleName("RejectionStatistics")
                .or().haveSimpleName("RejectionRecorder").or().haveSimpleName("PackageSubmitter")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.application.Platform")
                .because("view models only expose properties; views bind them (STYLE.md §8)")
                .check(CLASSES);
    }
}
