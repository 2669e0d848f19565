package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.app.selfcheck.RoomSample;
import io.enrollment.app.selfcheck.SelfCheckService;
import io.enrollment.app.selfcheck.SelfCheckTexts;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.core.selfcheck.SelfCheckReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * R-SELF-1 in the running application: a new demo workstation runs its self-check at start-up (none ran yet), in
 * the background, and the status bar shows it; enrollment starts once it passed; it is blocked, with the reason on
 * the home panel, when the last self-check is older than 7 days or has a FAIL in a critical item, and allowed again
 * after a passing run from the self-check screen.
 */
class SelfCheckGateTest extends WorkstationGuiTest {
    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        return Optional.of(new DemoWorkstation(dir, "ru", List.of(DemoWorkstation.face("neutral_front", "001_03.jpg"))));
    }

    private SelfCheckService service() {
        return ws.opened.workstation().records().selfCheck().service();
    }

    private static String describe(SelfCheckReport r) {
        SelfCheckTexts en = SelfCheckTexts.english();
        return r.items().stream().map(i -> i.item() + " " + i.status() + ": " + en.render(i.summary()) + " — "
                + en.render(i.remedy()))
                .collect(Collectors.joining("\n"));
    }

    private void runFromTheSelfCheckScreen(FxRobot robot) throws Exception {
        robot.clickOn("#openSelfCheck");
        waitFor(5, () -> shows(robot, "#runSelfCheck"));
        robot.clickOn("#runSelfCheck");
        waitFor(5, () -> ws.opened.duties().runs().active() || !robot.lookup("#runSelfCheck").query().isDisabled());
        waitFor(120, () -> !ws.opened.duties().runs().active());
        waitFor(10, () -> !ws.opened.duties().runs().runningProperty().get());
        robot.clickOn("#selfCheckBack");
        waitFor(5, () -> shows(robot, "#startEnrollment"));
    }

    @Test
    void rSelf1_startupCheckThenStaleAndCriticalFailBlockEnrollmentUntilAPassingRun(FxRobot robot) throws Exception {
        // login() waits for the start-up run: a new workstation has no self-check, so it ran by itself
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        SelfCheckReport first = service().last().orElseThrow(() -> new AssertionError("no self-check ran at start-up"));
        assertEquals("startup", first.trigger());
        assertTrue(service().enrollmentStatus().allowed(), describe(first));
        for (ItemResult i : first.items()) {
            assertEquals(ItemStatus.OK, i.status(), describe(first));
        }
        waitFor(5, () -> text(robot, "#selfCheckStatus").startsWith("Last self-check: ")
                && !text(robot, "#selfCheckStatus").contains("never") && !text(robot, "#selfCheckStatus").contains("BLOCKED"));
        assertFalse(shows(robot, "#enrollmentGate"), "no reason to show while enrollment is allowed");
        robot.clickOn("#startEnrollment");
        waitFor(5, () -> shows(robot, "#documentNumber"));
        robot.clickOn("#cancelButton");
        waitFor(5, () -> shows(robot, "#startEnrollment"));

        // Eight days later the self-check is stale: blocked, and the home panel says why (the idle lock came first).
        ws.clock.advance(Duration.ofDays(8));
        waitFor(10, () -> shows(robot, "#pinField"));
        ws.login(robot, DemoEnvironment.DEMO_PIN);
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        waitFor(5, () -> shows(robot, "#enrollmentGate"));
        assertTrue(text(robot, "#enrollmentGate").contains("the last self-check is 8 days old"), text(robot, "#enrollmentGate"));
        // The language switch words the same reason again in the operator's language, and back.
        robot.clickOn("#languageButton");
        String russian = "последняя самопроверка проведена 8 дн. назад (допускается не более 7 дн., R-SELF-1)";
        waitFor(5, () -> shows(robot, "#enrollmentGate") && text(robot, "#enrollmentGate").contains(russian));
        assertFalse(text(robot, "#enrollmentGate").contains("days old"), text(robot, "#enrollmentGate"));
        robot.clickOn("#languageButton");
        waitFor(5, () -> shows(robot, "#enrollmentGate")
                && text(robot, "#enrollmentGate").contains("the last self-check is 8 days old"));
        robot.clickOn("#startEnrollment");
        assertFalse(shows(robot, "#documentNumber"), "a stale self-check blocks enrollment");
        waitFor(5, () -> text(robot, "#selfCheckStatus").contains("enrollment BLOCKED"));

        // A critical item fails: the demo microphone's room sample is gone. A fresh run does not unblock.
        Path room = ws.config.dataDir().resolve("selfcheck").resolve("demo-room.wav");
        Files.delete(room);
        runFromTheSelfCheckScreen(robot);
        SelfCheckReport broken = service().last().orElseThrow();
        assertEquals("operator", broken.trigger());
        assertEquals(ItemStatus.FAIL, broken.items().stream().filter(i -> i.item().equals("microphone")).findFirst()
                .orElseThrow().status(), describe(broken));
        assertTrue(text(robot, "#enrollmentGate").contains("critical self-check item 'microphone' failed"),
                text(robot, "#enrollmentGate"));
        assertFalse(text(robot, "#enrollmentGate").contains("days old"), text(robot, "#enrollmentGate"));
        robot.clickOn("#startEnrollment");
        assertFalse(shows(robot, "#documentNumber"), "a critical FAIL blocks enrollment");

        // The microphone is back: a passing run allows enrollment again.
        Files.write(room, RoomSample.quietRoom(16_000, 2.0, 7L));
        runFromTheSelfCheckScreen(robot);
        assertTrue(service().enrollmentStatus().allowed(), describe(service().last().orElseThrow()));
        waitFor(5, () -> !shows(robot, "#enrollmentGate"));
        robot.clickOn("#startEnrollment");
        waitFor(5, () -> shows(robot, "#documentNumber"));
    }
}
