package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.app.incident.IncidentsView;
import io.enrollment.app.incident.IncidentsViewModel;
import io.enrollment.central.store.StoredItem;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import io.enrollment.core.incident.IncidentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * R-INC-1 and R-KG-2 in the running application: three wrong PINs are an incident, shown on the incidents screen
 * with its report-by deadline and delivered to the central system (the demo's simulator verifies and stores the
 * signed INCIDENT event); an operator trying the supervisors' screen is refused, audited and an incident; an
 * incident whose report cannot be sent is shown OVERDUE once its deadline passed; navigation while locked is
 * refused and audited.
 */
class IncidentsAndAccessTest extends WorkstationGuiTest {
    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        return Optional.of(new DemoWorkstation(dir, "ru", List.of(DemoWorkstation.face("neutral_front", "001_03.jpg"))));
    }

    private IncidentRegister register() {
        return ws.opened.workstation().records().incidents();
    }

    private Incident only(IncidentType type) {
        List<Incident> found = register().list().stream().filter(i -> i.type() == type).toList();
        assertEquals(1, found.size(), register().list().toString());
        return found.get(0);
    }

    private List<AuditRecord> audit() throws Exception {
        return ws.opened.workstation().records().audit().log().readAll();
    }

    private void openIncidents(FxRobot robot) throws Exception {
        robot.clickOn("#openIncidents");
        waitFor(5, () -> shows(robot, "#incidentsTable"));
    }

    @SuppressWarnings("unchecked")
    private static List<IncidentsViewModel.Row> rows(FxRobot robot) {
        TableView<IncidentsViewModel.Row> table = robot.lookup("#incidentsTable").queryAs(TableView.class);
        return List.copyOf(table.getItems());
    }

    @Test
    void rInc1_wrongPinsIncidentReportedOperatorRefusedOverdueShownLockedNavigationAudited(FxRobot robot) throws Exception {
        // Three wrong PINs in a row: an incident, its signed report queued and delivered to the central system.
        for (int i = 1; i <= 3; i++) {
            ws.login(robot, "000000");
            int n = i;
            waitFor(10, () -> text(robot, "#loginMessage").startsWith("Wrong PIN (" + n + " wrong in a row)"));
        }
        Incident pins = only(IncidentType.REPEATED_WRONG_PIN);
        waitFor(60, () -> register().get(pins.id()).orElseThrow().status() == IncidentStatus.REPORTED);
        StoredItem stored = ws.opened.workstation().central().orElseThrow().simulator().orElseThrow().store()
                .item(io.enrollment.central.ItemKind.EVENTS, pins.id().toString()).orElseThrow();
        assertEquals("ACCEPTED", stored.status(), stored.reason());
        assertEquals("INCIDENT", stored.eventKind());

        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#openIncidents"));
        openIncidents(robot);
        ZoneId zone = ws.config.zone();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone);
        IncidentsViewModel.Row row = rows(robot).stream().filter(r -> r.type().equals("REPEATED_WRONG_PIN")).findFirst().orElseThrow();
        assertEquals(f.format(pins.detectedAt()), row.detected());
        assertEquals(f.format(pins.reportBy().minusSeconds(60)), row.reportBy(), "the last minute of the next working day");
        assertTrue(row.reportBy().endsWith("23:59"), row.reportBy());
        assertEquals("reported (receipt verified)", row.status());
        assertFalse(row.overdue());
        robot.clickOn("#incidentsBack");
        waitFor(5, () -> shows(robot, "#startEnrollment"));

        // The central system becomes unreachable for reports: the workstation key's password file is gone.
        Files.delete(ws.config.dataDir().resolve("selfcheck").resolve("demo-workstation.password"));
        // An operator tries the supervisors' screen (F6): refused, audited, an incident.
        assertFalse(shows(robot, "#openReview"), "an operator has no button for it");
        robot.type(KeyCode.F6);
        waitFor(5, () -> shows(robot, "#accessMessage"));
        assertTrue(text(robot, "#accessMessage").startsWith("Refused: \"Rejected captures\" is for supervisors only."),
                text(robot, "#accessMessage"));
        assertFalse(shows(robot, "#rejectedTable"), "the supervisors' screen was not opened");
        AuditRecord denied = audit().stream().filter(r -> r.entry().action() == AuditAction.ACCESS_DENIED).findFirst().orElseThrow();
        assertEquals("screen rejected-captures", denied.entry().target());
        assertTrue(denied.entry().actor().contains("Demo Operator"), denied.entry().actor());
        Incident access = only(IncidentType.UNAUTHORISED_ACCESS);
        assertEquals(IncidentStatus.OPEN, access.status(), "its report cannot be signed without the workstation key");

        // Days later (the idle lock came first), the unreported incident is overdue: red, and it says so.
        ws.clock.advance(Duration.ofDays(20));
        waitFor(10, () -> shows(robot, "#pinField"));
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#openIncidents"));
        openIncidents(robot);
        IncidentsViewModel.Row late = rows(robot).stream().filter(r -> r.type().equals("UNAUTHORISED_ACCESS")).findFirst().orElseThrow();
        assertTrue(late.overdue());
        assertEquals("recorded, report not queued yet — OVERDUE", late.status());
        waitFor(5, () -> robot.lookup("." + IncidentsView.OVERDUE_CLASS).queryAll().stream()
                .anyMatch(n -> n instanceof TableRow<?> r && r.getItem() == late));
        assertTrue(text(robot, "#incidentsSummary").endsWith("1 overdue"), text(robot, "#incidentsSummary"));
        robot.clickOn("#incidentsBack");

        // Locked: function keys do not open screens; each try is audited, the third of a locked period is an incident.
        robot.clickOn("#logoutButton");
        waitFor(5, () -> shows(robot, "#pinField"));
        long before = audit().stream().filter(r -> r.entry().action() == AuditAction.ACCESS_DENIED).count();
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.F4);
        }
        waitFor(5, () -> text(robot, "#loginMessage").startsWith("The workstation is locked: sign in first."));
        assertFalse(shows(robot, "#runSelfCheck"), "the self-check screen did not open while locked");
        assertEquals(before + 3, audit().stream().filter(r -> r.entry().action() == AuditAction.ACCESS_DENIED).count());
        assertEquals(2, register().list().stream().filter(i -> i.type() == IncidentType.UNAUTHORISED_ACCESS).count());
    }
}
