package io.enrollment.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.fx.ImmediateExecutor;
import io.enrollment.app.incident.IncidentsView;
import io.enrollment.app.incident.IncidentsViewModel;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The self-check screen and the incidents screen on headless Monocle, with illustrative data built here (a blocked
 * workstation, three incidents of which one is overdue); saves a screenshot with {@code -Dscreenshots.dir=DIR}.
 */
@ExtendWith(ApplicationExtension.class)
class SelfCheckScreenTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = LocalDateTime.parse("2026-11-24T10:15").atZone(MOSCOW).toInstant();

    private final List<String> runs = new ArrayList<>();
    private Stage stage;
    private SelfCheckViewModel model;
    private IncidentsViewModel incidents;


    private static SelfCheckReport report() {
        Instant start = NOW.minusSeconds(3600);
        return new SelfCheckReport(UUID.randomUUID(), "WS-0042", "ru", start, start.plusSeconds(25), "schedule", List.of(
                ItemResult.fail("camera", Finding.of("camera.noDevice", "/dev/video0"),
                        List.of(Measurement.of("device", "/dev/video0", "")), Finding.of("camera.remedy.connect")),
                ItemResult.ok("microphone", Finding.of("microphone.ok", Finding.of("microphone.source.file", "demo-room.wav"),
                        Finding.of("microphone.format.mono", "16000", "16"), "-66"), List.of()),
                ItemResult.warn("token", Finding.of("token.expiresSoon", "21", "30"), List.of(), Finding.of("token.remedy.renew")),
                ItemResult.ok("qc-engine", Finding.of("qc.ok", "4"), List.of()),
                ItemResult.ok("integrity", Finding.of("integrity.ok", "63"), List.of()),
                ItemResult.ok("clock", Finding.of("clock.ok", "0"), List.of()),
                ItemResult.ok("storage", Finding.of("storage.ok", "51200", "2"), List.of()),
                ItemResult.ok("configuration", Finding.of("configuration.ok", "ru"), List.of())));
    }

    private static List<Incident> incidents() {
        WorkingCalendar cal = WorkingCalendar.of(ProfileLoader.builtIn("ru"), MOSCOW);
        Instant friday = LocalDateTime.parse("2026-11-20T19:30").atZone(MOSCOW).toInstant();
        Instant today = NOW.minusSeconds(1800);
        return List.of(
                Incident.detected(UUID.randomUUID(), IncidentType.INTEGRITY_CHECK_FAILED, today, "selfcheck",
                        Finding.of("integrity.differ", "1", Finding.list(List.of(Finding.of("integrity.changed",
                                "lib/quality-control.jar!models/face_detection_short_range.tflite")))), cal)
                        .withStatus(IncidentStatus.QUEUED),
                Incident.detected(UUID.randomUUID(), IncidentType.REPEATED_WRONG_PIN, friday, "signing",
                        Finding.of("incident.signing.REPEATED_LOGIN_FAILURES", "Rutoken 0042", "3 wrong PINs in a row"), cal),
                Incident.detected(UUID.randomUUID(), IncidentType.QUEUE_TAMPERED, friday.minusSeconds(86400 * 3), "queue",
                        Finding.of("incident.queue.TAMPERED_ITEM", "6f1c…", "the sealed payload does not match its row"), cal)
                        .withStatus(IncidentStatus.REPORTED));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        SelfCheckReport report = report();
        EnrollmentGate.Decision decision = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.of(report), NOW);
        SelfCheckRuns selfChecks = new SelfCheckRuns(new ImmediateExecutor(), (trigger, progress) -> {
            runs.add(trigger);
            progress.at(0, 8, "camera");
            return new SelfCheckService.Outcome(report, Optional.empty(), Optional.of("no outbox in this test"), decision);
        });
        model = new SelfCheckViewModel(() -> Optional.of(report), () -> decision, selfChecks);
        SelfCheckScreen screen = new SelfCheckScreen(model, Locale.ENGLISH, MOSCOW, () -> runs.add("back"));
        screen.attach();
        incidents = new IncidentsViewModel(SelfCheckScreenTest::incidents, Optional.empty(), Clock.fixed(NOW, MOSCOW), MOSCOW,
                ResourceBundle.getBundle(SelfCheckScreen.BUNDLE, Locale.ENGLISH));
        IncidentsView incidentsView = new IncidentsView(incidents, ResourceBundle.getBundle(SelfCheckScreen.BUNDLE, Locale.ENGLISH),
                () -> { });
        incidentsView.attach();
        javafx.scene.layout.VBox both = new javafx.scene.layout.VBox(screen.root(), incidentsView.root());
        both.getStylesheets().add(io.enrollment.app.shell.MainWindowView.class.getResource("workstation.css").toExternalForm());
        stage.setScene(new Scene(both, 1280, 900));
        stage.show();
    }

    @Test
    void rSelf1_blockedGateItemsAndOverdueIncidentsAreShown(FxRobot robot) throws Exception {
        Label gate = robot.lookup("#gateLabel").queryAs(Label.class);
        assertTrue(gate.getText().contains("BLOCKED") && gate.getText().contains("'camera'"), gate.getText());
        TableView<?> items = robot.lookup("#selfCheckItems").queryAs(TableView.class);
        assertEquals(8, items.getItems().size());
        assertEquals(List.of(false, true, false), incidents.rows().stream().map(IncidentsViewModel.Row::overdue).toList());
        assertTrue(incidents.rows().get(1).status().endsWith("OVERDUE"), incidents.rows().get(1).status());
        assertEquals("2 not yet confirmed by the central system, 1 overdue", incidents.summaryProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        long overdueRows = robot.lookup(".table-row-cell.overdue").queryAll().stream()
                .filter(n -> ((javafx.scene.control.TableRow<?>) n).getItem() != null).count();
        assertEquals(1, overdueRows, "exactly the overdue incident's row carries the overdue style class");
        robot.clickOn("#runSelfCheck");
        assertEquals(List.of("operator"), runs);
        String dir = System.getProperty("screenshots.dir");
        if (dir != null && !dir.isBlank()) {
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] img = new WritableImage[1];
            robot.interact(() -> img[0] = stage.getScene().snapshot(null));
            Files.createDirectories(Path.of(dir));
            ImageIO.write(SwingFXUtils.fromFXImage(img[0], null), "png", Path.of(dir, "self-check-and-incidents.png").toFile());
        }
    }
}
