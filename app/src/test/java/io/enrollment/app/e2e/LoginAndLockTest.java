package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Login with the demo card: a wrong PIN is refused with the count, the right PIN opens the home screen with the
 * officer and role from the certificate; pulling the card locks at once; the supervisor card gives the
 * supervisor's screens; no input for the idle period locks too.
 */
class LoginAndLockTest extends WorkstationGuiTest {
    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        return Optional.of(new DemoWorkstation(dir, "ru", List.of(DemoWorkstation.face("neutral_front", "001_03.jpg"))));
    }

    @Test
    void wrongPinThenRightPinThenCardRemovalLocks(FxRobot robot) throws Exception {
        ws.login(robot, "000000");
        waitFor(10, () -> text(robot, "#loginMessage").startsWith("Wrong PIN (1 wrong in a row)"));
        assertFalse(shows(robot, "#startEnrollment"));
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertEquals("Demo Operator Anna Ivanova (operator) · DEMO", text(robot, "#officerLabel"));
        assertFalse(shows(robot, "#openReview"), "an operator has no review screen");
        robot.clickOn("#demoRemoveCard");
        waitFor(5, () -> shows(robot, "#pinField"));
        assertTrue(text(robot, "#loginMessage").startsWith("The card was removed"), text(robot, "#loginMessage"));
        assertEquals("No card in the reader.", text(robot, "#cardStatus"));
        assertTrue(ws.opened.sessions().current().isEmpty());
    }

    @Test
    void supervisorCardGivesTheReviewScreenAndIdleLocks(FxRobot robot) throws Exception {
        robot.clickOn("#demoInsertSupervisor");
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#openReview"));
        assertEquals("Demo Supervisor Oleg Petrov (supervisor) · DEMO", text(robot, "#officerLabel"));
        ws.clock.advance(Duration.ofMinutes(6));
        waitFor(10, () -> shows(robot, "#pinField"));
        assertTrue(text(robot, "#loginMessage").startsWith("Locked after a period without activity"), text(robot, "#loginMessage"));
    }
}
