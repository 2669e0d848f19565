package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.PrintImages;
import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.MasterFingerprint;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * R-FP-2 through the GUI: the {@code kg} demo's scanner (the scanner emulator on a socat pty pair, read by the
 * R30x driver) is given the prints of its scanner-prints folder — one finger, the same finger again three
 * times, then a second finger, poorly and then well. The second finger position refuses the first finger's
 * print, naming the finger already scanned, as many times as it is presented; a refusal is not an attempt (three
 * refusals are the profile's {@code finger.retries}, yet the poor print after them still has two attempts left);
 * the second finger's good print is accepted and the step moves on.
 */
class DuplicateFingerTest extends WorkstationGuiTest {
    private static final int SENSOR_WIDTH = SyntheticFingerprints.SCANNER_WIDTH;
    private static final int SENSOR_HEIGHT = SyntheticFingerprints.SCANNER_HEIGHT;

    @Override
    Optional<DemoWorkstation> workstation(Path dir) throws Exception {
        DemoWorkstation w = new DemoWorkstation(dir, "kg", List.of()); // the face from the demo video (liveness)
        Path prints = DemoEnvironment.scannerPrints(w.config);
        Files.createDirectories(prints);
        MasterFingerprint first = SyntheticFingerprints.finger(20_261_122L);
        MasterFingerprint second = SyntheticFingerprints.finger(20_261_123L);
        // each scan takes the next file in name order, new impressions (placement, pressure, skin) every time;
        // the first is scanned by the start-up self-check's scanner item, before anyone logs in
        print(prints.resolve("0-self-check.png"), SyntheticFingerprints.finger(20_261_121L), ImpressionParameters.ideal(0));
        print(prints.resolve("1-first.png"), first, ImpressionParameters.typical(2));
        print(prints.resolve("2-first-again.png"), first, ImpressionParameters.typical(3));
        print(prints.resolve("3-first-again.png"), first, ImpressionParameters.typical(4));
        print(prints.resolve("4-first-again.png"), first, ImpressionParameters.typical(7));
        print(prints.resolve("5-second-poor.png"), second, ImpressionParameters.poor(5));
        print(prints.resolve("6-second.png"), second, ImpressionParameters.typical(6));
        return Optional.of(w);
    }

    private static void print(Path file, MasterFingerprint finger, ImpressionParameters how) throws Exception {
        GreyImage image = SyntheticFingerprints.impression(finger, how, SENSOR_WIDTH, SENSOR_HEIGHT);
        Files.write(file, PrintImages.png(image, 500));
    }

    private static boolean styled(FxRobot robot, int isoPosition, String styleClass) {
        return robot.lookup("#finger-" + isoPosition).queryAs(Label.class).getStyleClass().contains(styleClass);
    }

    /** Presses Scan and waits for the verdict on screen. */
    private static String scan(FxRobot robot) throws Exception {
        robot.clickOn("#captureFinger");
        waitFor(30, () -> !robot.lookup("#captureFinger").query().isDisabled());
        return text(robot, "#fingerMessage");
    }

    @Test
    void rFp2_theSameFingerForASecondPositionIsRefusedNamingTheFirstWithoutUsingAnAttempt(FxRobot robot) throws Exception {
        ws.login(robot, DemoEnvironment.DEMO_PIN); // after the start-up self-check, which scanned once
        waitFor(10, () -> shows(robot, "#startEnrollment"));
        assertTrue(ws.opened.workstation().records().selfCheck().service().last().orElseThrow().items().stream()
                .anyMatch(i -> i.item().equals("scanner") && i.status() == io.enrollment.core.selfcheck.ItemStatus.OK),
                "the start-up self-check scanned the first print");
        DemoWorkstation.throughFace(robot, "ID7654321", "MKK 211021", "Asanova", "Aigul", "1988-06-14");

        assertEquals("R30x " + ws.config.scanner().orElseThrow(), ws.opened.workstation().devices().scanner().orElseThrow().description(),
                "the demo's scanner: the emulator on a socat pty pair, read by the R30x driver");
        waitFor(30, () -> text(robot, "#fingerMessage").startsWith("Place the right thumb"));
        String accepted = scan(robot);
        assertTrue(accepted.startsWith("right thumb: accepted."), accepted);
        assertTrue(styled(robot, 1, "finger-accepted") && styled(robot, 2, "finger-current"));

        for (int presented = 1; presented <= 3; presented++) {
            String refused = scan(robot);
            assertEquals("Refused: this is the same finger as the right thumb already scanned. Place the right index finger.",
                    refused, "presentation " + presented);
            assertTrue(styled(robot, 2, "finger-current"), "the right index finger is still to be scanned");
            assertTrue(styled(robot, 1, "finger-accepted"), "the right thumb stays accepted");
        }

        // three refusals are finger.retries (3) presentations, yet the finger has all but this attempt left
        String poor = scan(robot);
        assertTrue(poor.startsWith("right index finger: not good enough (2 attempts left)."), poor);
        assertTrue(styled(robot, 2, "finger-current"));

        String good = scan(robot);
        assertTrue(good.startsWith("right index finger: accepted. Place the left thumb"), good);
        assertTrue(styled(robot, 2, "finger-accepted") && styled(robot, 6, "finger-current"));
    }
}
