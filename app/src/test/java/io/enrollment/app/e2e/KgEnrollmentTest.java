package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.type;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueItem;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The {@code kg} profile (face + fingerprints) in demo mode, in Russian: a complete enrollment with the
 * scanner emulator's synthetic prints read by the R30x driver over a pty pair, and one finger recorded as missing; then a cancelled enrollment and one
 * cut short by pulling the card, both discarding everything collected.
 */
class KgEnrollmentTest extends WorkstationGuiTest {
    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        return Optional.of(new DemoWorkstation(dir, "kg", List.of())); // the demo camera plays the demo video
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("ru");
    }

    private static void subject(FxRobot robot) throws Exception {
        DemoWorkstation.enterSubject(robot, "ID1234567", "MKK 211021", "Asanov", "Bakyt", "1990-01-31");
    }

    @Test
    void enrollmentWithFingerprintsThenCancelThenCardRemoval(FxRobot robot) throws Exception {
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertEquals("Новая регистрация", text(robot, "#startEnrollment"));
        robot.clickOn("#startEnrollment");
        subject(robot);
        assertTrue(text(robot, "#consentText").contains("Кыргызской Республики"));
        DemoWorkstation.acceptConsent(robot);
        robot.clickOn("#nextButton");
        // The demo video: the person looks away, a second person steps in, a hand covers the mouth, then the
        // person faces the camera and is captured automatically; the guidance is in Russian.
        waitFor(5, () -> shows(robot, "#captureFace"));
        java.util.Set<String> guidance = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());
        robot.interact(() -> robot.lookup("#faceGuidance").queryAs(javafx.scene.control.Label.class).textProperty()
                .addListener((o, was, is) -> guidance.add(is)));
        DemoWorkstation.confirmPassingFace(robot);
        assertTrue(text(robot, "#faceGuidance").startsWith("Снято автоматически"), text(robot, "#faceGuidance") + " after " + guidance);
        assertTrue(guidance.contains("В кадре должен быть только один человек"), guidance.toString());
        robot.clickOn("#nextButton");

        // Fingerprints over the R30x driver and the scanner emulator on a socat pty pair (the test script installs socat).
        assertTrue(io.enrollment.app.capture.PtyScannerEmulator.available(), "socat is needed for the demo scanner");
        assertEquals("R30x " + ws.config.scanner().orElseThrow(), ws.opened.workstation().devices().scanner().orElseThrow().description());
        // The thumbs and index fingers of the kg profile; the last one is declared missing.
        waitFor(30, () -> text(robot, "#fingerMessage").startsWith("Положите"));
        assertTrue(text(robot, "#fingerMessage").contains("большой палец правой руки"), text(robot, "#fingerMessage"));
        assertTrue(robot.lookup("#finger-1").queryAs(Label.class).getStyleClass().contains("finger-current"));
        for (int scans = 0; scans < 9 && !robot.lookup("#finger-6").queryAs(Label.class).getStyleClass().contains("finger-accepted"); scans++) {
            String before = text(robot, "#fingerMessage");
            robot.clickOn("#captureFinger");
            waitFor(30, () -> !robot.lookup("#captureFinger").query().isDisabled() || text(robot, "#fingerMessage").contains("нечитаем"));
            if (text(robot, "#fingerMessage").contains("нечитаем")) {
                robot.clickOn("#confirmUnreadable");
            }
            assertFalse(before.isEmpty());
        }
        assertTrue(text(robot, "#fingerScore").startsWith("Оценка качества:"), text(robot, "#fingerScore"));
        waitFor(5, () -> robot.lookup("#finger-7").queryAs(Label.class).getStyleClass().contains("finger-current"));
        robot.clickOn("#declareMissing");
        waitFor(5, () -> text(robot, "#fingerMessage").startsWith("Все пальцы обработаны"));
        assertTrue(robot.lookup("#finger-7").queryAs(Label.class).getStyleClass().contains("finger-exception"));
        robot.clickOn("#nextButton");

        waitFor(5, () -> shows(robot, "#signButton"));
        type(robot, "#signPin", DemoEnvironment.DEMO_PIN);
        robot.clickOn("#signButton");
        waitFor(20, () -> shows(robot, "#receiptPackageId"));
        String id = text(robot, "#receiptPackageId");
        robot.clickOn("#doneButton");
        List<QueueItem> queued = ws.opened.workstation().queue().list(EnumSet.allOf(ItemState.class));
        assertTrue(queued.stream().anyMatch(i -> i.kind() == ItemKind.PACKAGE && i.id().toString().equals(id)));

        // Cancel discards, after the officer confirms.
        waitFor(5, () -> shows(robot, "#startEnrollment"));
        robot.clickOn("#startEnrollment");
        subject(robot);
        robot.clickOn("#cancelButton");
        waitFor(5, () -> shows(robot, "#startEnrollment"));
        assertEquals(List.of("Отменить эту регистрацию?"), ws.dialogs.asked);

        // Pulling the card in the middle of an enrollment locks and discards it.
        robot.clickOn("#startEnrollment");
        subject(robot);
        robot.clickOn("#demoRemoveCard");
        waitFor(5, () -> shows(robot, "#pinField"));
        assertTrue(text(robot, "#loginMessage").startsWith("Карта извлечена"), text(robot, "#loginMessage"));
        robot.clickOn("#demoInsertOperator");
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertFalse(shows(robot, "#consentAccepted"), "the interrupted enrollment is gone");
        assertEquals(1, ws.opened.workstation().queue().list(EnumSet.allOf(ItemState.class)).stream()
                .filter(i -> i.kind() == ItemKind.PACKAGE).count(), "neither the cancelled nor the interrupted enrollment was queued");
    }
}
