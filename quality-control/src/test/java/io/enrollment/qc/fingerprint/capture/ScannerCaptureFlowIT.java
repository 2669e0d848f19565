package io.enrollment.qc.fingerprint.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.R30xScanner;
import io.enrollment.devices.fingerprint.ScannerSettings;
import io.enrollment.devices.fingerprint.TransferListener;
import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.ScannerEmulator;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.devices.fingerprint.protocol.JSerialCommLink;
import io.enrollment.qc.fingerprint.PrintImage;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * End to end over a real serial link (R-FP-1, R-FP-2): the emulator on one end of a socat pty pair, the real
 * driver on the other, and the capture session judging what arrives — including the same finger presented twice.
 */
class ScannerCaptureFlowIT {
    private static GreyImage capture(R30xScanner scanner) throws Exception {
        return scanner.capture(Duration.ofSeconds(20), TransferListener.NONE);
    }

    private static PrintImage print(GreyImage g) {
        return new PrintImage(g.width(), g.height(), g.pixels(), R30xScanner.DPI);
    }

    private static List<String> startSocat(List<Process> started) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("SKIPPED: socat is not installed (scripts/test.sh installs it)");
            throw e;
        }
        started.add(p);
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> paths = new ArrayList<>();
        Pattern pty = Pattern.compile("PTY is (\\S+)");
        String line;
        while (paths.size() < 2 && (line = r.readLine()) != null) {
            Matcher m = pty.matcher(line);
            if (m.find()) {
                paths.add(m.group(1));
            }
        }
        Thread drain = new Thread(() -> {
            try {
                while (r.readLine() != null) {
                    // discard socat's log
                }
            } catch (IOException e) {
                // socat ended
            }
        });
        drain.setDaemon(true);
        drain.start();
        return paths;
    }

    @Test
    void capturesThroughTheDriverAcceptsTwoFingersAndRefusesTheSameFingerAgain() throws Exception {
        List<Process> processes = new ArrayList<>();
        try {
            List<String> pty = startSocat(processes);
            // the same finger for every capture: the first is accepted, the second is caught as a duplicate
            JSerialCommLink device = JSerialCommLink.open(pty.get(0), 57_600);
            ScannerEmulator emulator = new ScannerEmulator(device, new SyntheticPrintSource(21, true),
                    EmulatorSettings.defaults(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            Thread t = new Thread(() -> {
                try {
                    emulator.run();
                } catch (io.enrollment.devices.fingerprint.ScannerException e) {
                    // link gone at the end of the test
                }
            });
            t.setDaemon(true);
            t.start();
            Profile kg = ProfileLoader.builtIn("kg");
            Map<String, String> settings = new HashMap<>(kg.settings());
            settings.put("finger.positions", "2,7");
            Profile twoFingers = new Profile(kg.id(), kg.displayName(), kg.requiredModalities(), kg.retentionYears(),
                    kg.consentTextVersion(), kg.thresholds(), settings);
            FingerCaptureSession session = new FingerCaptureSession(twoFingers);
            assertTimeoutPreemptively(Duration.ofSeconds(90), () -> {
                try (R30xScanner scanner = R30xScanner.open(pty.get(1), ScannerSettings.defaults())) {
                    AttemptOutcome first = session.submit(FingerPosition.RIGHT_INDEX, print(capture(scanner)));
                    assertInstanceOf(AttemptOutcome.Accepted.class, first, first.message());
                    AttemptOutcome again = session.submit(FingerPosition.LEFT_INDEX, print(capture(scanner)));
                    AttemptOutcome.Duplicate d = assertInstanceOf(AttemptOutcome.Duplicate.class, again, again.message());
                    assertEquals(FingerPosition.RIGHT_INDEX, d.matches());
                    assertTrue(d.score() > 2 * kg.threshold("finger.duplicate.score"), "duplicate score " + d.score());
                    assertEquals(DeviceInfo.Health.OK, scanner.deviceInfo().health());
                }
            });
            emulator.stop();
            t.join(2000);
            device.close();
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }
}
