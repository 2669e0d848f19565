package io.enrollment.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.fx.ImmediateExecutor;
import io.enrollment.app.incident.IncidentsView;
import io.enrollment.app.incident.IncidentsViewModel;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import io.enrollment.core.selfcheck.SelfCheckReport;
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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The self-check and incidents screens of a blocked workstation in Russian: the gate's reasons, every item's
 * finding and remedy and the incidents' kinds and details are Russian, with their figures, paths and R-IDs, and
 * no English word on the screen besides technical terms; rebuilt in English (as the language switch does) the
 * same results read in English.
 */
@ExtendWith(ApplicationExtension.class)
class SelfCheckScreenLanguageTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Instant NOW = LocalDateTime.parse("2026-11-24T10:15").atZone(MOSCOW).toInstant();
    /** The arguments of the findings below: measured values, paths, ids and device names. */
    private static final List<Object> ARGUMENTS = List.of("/dev/video0", "/dev/ttyUSB3", "/dev/ttyUSB0", "demo-room.wav",
            "1a86:7523", "lib/quality-control.jar", "WS-0042", "0042ab", "ru");

    private VBox both;
    private SelfCheckViewModel model;
    private IncidentsViewModel incidentsRu;


    private static SelfCheckReport report() {
        Instant start = NOW.minusSeconds(3600);
        return new SelfCheckReport(UUID.randomUUID(), "WS-0042", "ru", start, start.plusSeconds(25), "schedule", List.of(
                ItemResult.fail("camera", Finding.of("camera.noDevice", "/dev/video0"),
                        List.of(Measurement.of("device", "/dev/video0", "")), Finding.of("camera.remedy.connect")),
                ItemResult.fail("microphone", Finding.of("microphone.noisy", Finding.of("microphone.source.file",
                        "demo-room.wav"), "-41", "-50.0"), List.of(), Finding.of("microphone.remedy.noisy")),
                ItemResult.warn("token", Finding.of("token.expiresSoon", "21", "30"), List.of(), Finding.of("token.remedy.renew")),
                ItemResult.ok("qc-engine", Finding.of("qc.ok", "4"), List.of()),
                ItemResult.fail("integrity", Finding.of("integrity.differ", "1", Finding.list(List.of(
                        Finding.of("integrity.changed", "lib/quality-control.jar")))), List.of(),
                        Finding.of("integrity.remedy.incident")),
                ItemResult.warn("clock", Finding.of("clock.driftNotMeasured", Finding.of("clock.noDateHeader")), List.of(),
                        Finding.of("clock.remedy.network")),
                ItemResult.warn("storage", Finding.of("storage.oldestWaits", "30", "24"), List.of(),
                        Finding.of("storage.remedy.network")),
                ItemResult.ok("configuration", Finding.of("configuration.ok", "ru"), List.of())));
    }

    private static List<Incident> incidents() {
        WorkingCalendar cal = WorkingCalendar.of(ProfileLoader.builtIn("ru"), MOSCOW);
        Instant friday = LocalDateTime.parse("2026-11-20T19:30").atZone(MOSCOW).toInstant();
        return List.of(
                Incident.detected(UUID.randomUUID(), IncidentType.UNKNOWN_DEVICE, NOW.minusSeconds(600), "devices",
                        Finding.of("incident.device.serial", Finding.of("incident.device.described", "/dev/ttyUSB3",
                                "1a86:7523"), "/dev/ttyUSB0"), cal),
                Incident.detected(UUID.randomUUID(), IncidentType.UNAUTHORISED_ACCESS, friday, "shell",
                        Finding.of("incident.access.role", "0042ab", Finding.of("role.OPERATOR"),
                                Finding.of("screen.rejected-captures"), Finding.of("role.SUPERVISOR")), cal),
                Incident.detected(UUID.randomUUID(), IncidentType.INTEGRITY_CHECK_FAILED, friday, "selfcheck",
                        Finding.of("integrity.differ", "1", Finding.list(List.of(
                                Finding.of("integrity.changed", "lib/quality-control.jar")))), cal));
    }

    private Parent screens(Locale locale) {
        SelfCheckScreen screen = new SelfCheckScreen(model, locale, MOSCOW, () -> { });
        screen.attach();
        ResourceBundle text = ResourceBundle.getBundle(SelfCheckScreen.BUNDLE, locale);
        IncidentsViewModel incidents = new IncidentsViewModel(SelfCheckScreenLanguageTest::incidents, Optional.empty(),
                Clock.fixed(NOW, MOSCOW), MOSCOW, text);
        if (locale.getLanguage().equals("ru")) {
            incidentsRu = incidents;
        }
        IncidentsView view = new IncidentsView(incidents, text, () -> { });
        view.attach();
        view.detach();
        return new VBox(screen.root(), view.root());
    }

    @Start
    void start(Stage stage) {
        SelfCheckReport report = report();
        EnrollmentGate.Decision decision = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.of(report), NOW);
        SelfCheckRuns runs = new SelfCheckRuns(new ImmediateExecutor(), (trigger, progress) -> {
            throw new IllegalStateException("not run in this test");
        });
        model = new SelfCheckViewModel(() -> Optional.of(report), () -> decision, runs);
        both = new VBox(screens(Locale.forLanguageTag("ru")));
        both.getStylesheets().add(io.enrollment.app.shell.MainWindowView.class.getResource("workstation.css").toExternalForm());
        stage.setScene(new Scene(both, 1280, 1000));
        stage.show();
    }

    private static void texts(Node n, List<String> out) {
        if (n instanceof Labeled && ((Labeled) n).getText() != null) {
            out.add(((Labeled) n).getText());
        }
        if (n instanceof Text && ((Text) n).getText() != null) {
            out.add(((Text) n).getText());
        }
        if (n instanceof Parent) {
            for (Node c : ((Parent) n).getChildrenUnmodifiable()) {
                texts(c, out);
            }
        }
    }

    private static List<String> cells(TableView<?> table, int column) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < table.getItems().size(); row++) {
            values.add(String.valueOf(table.getColumns().get(column).getCellObservableValue(row).getValue()));
        }
        return values;
    }

    @Test
    void rSelf1_rInc1_aBlockedWorkstationReadsInRussianAndAgainInEnglishAfterTheSwitch(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        String gate = robot.lookup("#gateLabel").queryAs(Label.class).getText();
        assertTrue(gate.startsWith("Регистрация ЗАБЛОКИРОВАНА (R-SELF-1):\nкритически важная проверка «Камера» не пройдена: "
                + "камера /dev/video0 не обнаружена — подключите камеру регистрации к порту USB"), gate);
        assertTrue(gate.contains("критически важная проверка «Микрофон» не пройдена: образец фонового шума помещения demo-room.wav: "
                + "уровень фонового шума в помещении -41 dBFS выше допустимого -50.0 dBFS"), gate);
        assertTrue(gate.contains("«Целостность программы» не пройдена: файлы программы отличаются от официальной сборки "
                + "(файлов: 1): файл lib/quality-control.jar изменён"), gate);

        TableView<?> items = robot.lookup("#selfCheckItems").queryAs(TableView.class);
        assertEquals(List.of("Камера", "Микрофон", "Ключи и токены", "Модуль контроля качества", "Целостность программы",
                "Системные часы", "Хранилище данных", "Настройки станции"), cells(items, 0));
        List<String> found = cells(items, 2);
        assertEquals("срок действия сертификата рабочей станции истекает через 21 дн. (предупреждение — за 30 дн.)",
                found.get(2));
        assertEquals("самый старый неотправленный элемент очереди ожидает отправки 30 ч (допускается не более 24 ч)",
                found.get(6));
        assertEquals("профиль ru исправен, сертификат центральной системы закреплён, центральная система отвечает",
                found.get(7));

        List<IncidentsViewModel.Row> rows = List.copyOf(incidentsRu.rows());
        assertEquals("Подключено неизвестное устройство", rows.get(0).typeText());
        assertEquals("подключено устройство с последовательным портом, не указанное в настройках: /dev/ttyUSB3 (1a86:7523);"
                + " в настройках: /dev/ttyUSB0", rows.get(0).detail());
        assertEquals("сотрудник 0042ab (оператор) пытался открыть экран «Отклонённые снимки», доступный только роли "
                + "«руководитель»", rows.get(1).detail());

        List<String> shown = new ArrayList<>();
        texts(both, shown);
        assertTrue(shown.contains("НЕИСПРАВНО") && shown.contains("требует внимания") && shown.contains("исправно"),
                "the status column in words: " + shown);
        shown.addAll(found);
        shown.addAll(cells(items, 3));
        rows.forEach(r -> shown.addAll(List.of(r.typeText(), r.status(), r.detail())));
        List<String> leaks = new ArrayList<>();
        for (String text : shown) {
            List<String> english = SelfCheckTextsTest.english(text, ARGUMENTS);
            if (!english.isEmpty()) {
                leaks.add(english + " in «" + text + "»");
            }
        }
        assertTrue(leaks.isEmpty(), "English on the Russian screens:\n" + String.join("\n", leaks));

        // the language switch rebuilds the screens from the same results: now in English
        robot.interact(() -> both.getChildren().setAll(screens(Locale.ENGLISH)));
        WaitForAsyncUtils.waitForFxEvents();
        String english = robot.lookup("#gateLabel").queryAs(Label.class).getText();
        assertTrue(english.startsWith("Enrollment BLOCKED (R-SELF-1):\ncritical self-check item 'camera' failed: no camera "
                + "at /dev/video0 — connect the enrollment camera (USB)"), english);
        TableView<?> again = robot.lookup("#selfCheckItems").queryAs(TableView.class);
        assertEquals("workstation certificate expires in 21 days (warning from 30 days)", cells(again, 2).get(2));
    }
}
