package io.enrollment.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window starts headless and its status bar shows profile, workstation, queue and self-check. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final AtomicReference<StatusSnapshot> status = new AtomicReference<>(new StatusSnapshot("ru", "WS-0042",
            "Branch 42, Moscow", OptionalInt.empty(), Optional.empty(), true));
    private MainWindowViewModel model;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(Locale.ENGLISH);
        model = new MainWindowViewModel(messages, status::get, ZoneId.of("Europe/Moscow"));
        stage.setScene(new Scene(new MainWindowView(model, messages).root(), 1100, 720));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void statusBarShowsProfileWorkstationQueueAndSelfCheck(FxRobot robot) {
        assertEquals("Profile: ru", text(robot, "#profileStatus"));
        assertEquals("Profile ru: Russia — Unified Biometric System (RU-930)", text(robot, "#profileNameLabel"));
        assertEquals("Workstation WS-0042 · Branch 42, Moscow", text(robot, "#workstationStatus"));
        assertEquals("Queue: not connected", text(robot, "#queueStatus"));
        assertEquals("Last self-check: never", text(robot, "#selfCheckStatus"));
        assertEquals("face image, voice sample", text(robot, "#modalitiesLabel"));
    }

    @Test
    void demoBannerShowsOnlyInDemoMode(FxRobot robot) {
        assertTrue(robot.lookup("#demoBanner").query().isVisible());
        status.set(new StatusSnapshot("kg", "KG-7", "Bishkek", OptionalInt.of(3),
                Optional.of(Instant.parse("2026-11-20T09:00:00Z")), false));
        robot.interact(model::refresh);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#demoBanner").query().isVisible());
        assertEquals("Queue: 3 items", text(robot, "#queueStatus"));
        // 09:00 UTC is 12:00 at the workstation's place (Moscow).
        assertTrue(text(robot, "#selfCheckStatus").matches("Last self-check: .*20.*12:00.*"), text(robot, "#selfCheckStatus"));
        assertEquals("face image, fingerprints", text(robot, "#modalitiesLabel"));
    }
}
