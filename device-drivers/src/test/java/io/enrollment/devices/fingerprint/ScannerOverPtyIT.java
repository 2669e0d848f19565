package io.enrollment.devices.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.fingerprint.ScannerException.Reason;
import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.FaultMode;
import io.enrollment.devices.fingerprint.emulator.FolderPrintSource;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real driver over a real serial link (R-FP-1): a socat pty pair, the emulator on one end, jSerialComm on
 * both. Every fault ends in a capture after a retry or in a clear error, never in a hang.
 */
class ScannerOverPtyIT {
    private static final Duration LIMIT = Duration.ofSeconds(40);
    private static final ScannerSettings FAST = ScannerSettings.defaults().withReadTimeout(Duration.ofMillis(400));

    @TempDir
    Path dir;
    private PtyPair pty;

    @BeforeEach
    void link() throws Exception {
        pty = PtyPair.start();
    }

    @AfterEach
    void unlink() {
        pty.close();
    }

    private GreyImage knownPrint() {
        return SyntheticFingerprints.impression(SyntheticFingerprints.finger(77), ImpressionParameters.typical(1), 256, 288);
    }

    private FolderPrintSource folderWith(GreyImage image) throws Exception {
        Files.write(dir.resolve("a.png"), PrintImages.png(image, 500));
        return new FolderPrintSource(dir);
    }

    @Test
    void rFp1CapturesThroughTheDriverBitForBitAsTheSensorQuantisesIt() throws Exception {
        GreyImage source = knownPrint();
        try (EmulatorThread emu = new EmulatorThread(pty.device, folderWith(source), EmulatorSettings.defaults())) {
            assertTimeoutPreemptively(LIMIT, () -> {
                try (R30xScanner scanner = R30xScanner.open(pty.host, FAST)) {
                    DeviceInfo before = scanner.deviceInfo();
                    assertEquals(DeviceInfo.Kind.FINGERPRINT_SCANNER, before.kind());
                    assertEquals("R307-EMULATOR (sensor OPT-EMU)", before.model());
                    assertEquals("EMU00001", before.serial());
                    assertTrue(before.driverVersion().contains("packet 128 B"), before.driverVersion());
                    assertTrue(before.healthDetail().contains(pty.host), before.healthDetail());
                    int[] progress = {0};
                    GreyImage captured = scanner.capture(Duration.ofSeconds(15), (got, total) -> progress[0]++);
                    assertEquals(288, progress[0], "one progress call per 128-byte packet");
                    assertEquals(ImageNibbles.unpack(ImageNibbles.pack(source), 256, 288), captured);
                    assertEquals(DeviceInfo.Health.OK, scanner.deviceInfo().health());
                    assertEquals(DeviceInfo.Health.OK, scanner.checkHealth().health());
                }
            });
            assertEquals(1, emu.captures());
        }
    }

    private DeviceInfo captureDespite(FaultMode fault) throws Exception {
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false),
                EmulatorSettings.defaults().withFault(fault, 1))) {
            return assertTimeoutPreemptively(LIMIT, () -> {
                try (R30xScanner scanner = R30xScanner.open(pty.host, FAST)) {
                    GreyImage image = scanner.capture(Duration.ofSeconds(15), TransferListener.NONE);
                    assertEquals(256, image.width());
                    return scanner.deviceInfo();
                }
            });
        }
    }

    @Test
    void garbageOnTheLineIsSkippedByResynchronising() throws Exception {
        DeviceInfo info = captureDespite(FaultMode.GARBAGE);
        assertEquals(DeviceInfo.Health.DEGRADED, info.health());
        assertTrue(info.healthDetail().matches(".*garbage bytes skipped [1-9].*"), info.healthDetail());
    }

    @Test
    void badChecksumIsRetried() throws Exception {
        DeviceInfo info = captureDespite(FaultMode.BAD_CHECKSUM);
        assertTrue(info.healthDetail().contains("retries 1") && info.healthDetail().contains("checksum errors 1"), info.healthDetail());
    }

    @Test
    void droppedPacketIsDetectedAndRetried() throws Exception {
        assertTrue(captureDespite(FaultMode.DROPPED_PACKET).healthDetail().contains("retries 1"));
    }

    @Test
    void stalledTransferTimesOutAndIsRetried() throws Exception {
        assertTrue(captureDespite(FaultMode.STALL).healthDetail().contains("retries 1"));
    }

    @Test
    void truncatedPacketTimesOutAndIsRetried() throws Exception {
        assertTrue(captureDespite(FaultMode.TRUNCATED_PACKET).healthDetail().contains("retries 1"));
    }

    @Test
    void persistentFaultEndsInAClearErrorNotAHang() throws Exception {
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false),
                EmulatorSettings.defaults().withFault(FaultMode.STALL, 10))) {
            assertTimeoutPreemptively(LIMIT, () -> {
                try (R30xScanner scanner = R30xScanner.open(pty.host, FAST.withRetries(2))) {
                    ScannerException e = assertThrows(ScannerException.class,
                            () -> scanner.capture(Duration.ofSeconds(15), TransferListener.NONE));
                    assertEquals(Reason.TIMEOUT, e.reason());
                    assertTrue(e.getMessage().contains("image transfer failed 3 times")
                            && e.getMessage().contains("during image transfer"), e.getMessage());
                    assertEquals(DeviceInfo.Health.FAILED, scanner.deviceInfo().health());
                }
            });
        }
    }

    @Test
    void silentDeviceFailsTheHandshakeWithAReason() throws Exception {
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false),
                EmulatorSettings.defaults().withFault(FaultMode.SILENCE, 0))) {
            ScannerException e = assertTimeoutPreemptively(LIMIT,
                    () -> assertThrows(ScannerException.class, () -> R30xScanner.open(pty.host, FAST)));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(e.getMessage().contains("did not answer") && e.getMessage().contains("baud rate"), e.getMessage());
        }
    }

    @Test
    void moduleWithoutProductInfoIsDescribedByItsSystemParameters() throws Exception {
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false),
                EmulatorSettings.defaults().withoutProductInfo())) {
            try (R30xScanner scanner = R30xScanner.open(pty.host, FAST)) {
                assertEquals("R30x/AS608-compatible (system id 0x0009)", scanner.deviceInfo().model());
                assertEquals(256, scanner.imageWidth());
            }
        }
    }

    @Test
    void wrongPasswordIsADeviceError() throws Exception {
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false), EmulatorSettings.defaults())) {
            ScannerSettings wrong = new ScannerSettings(57_600, 0xFFFFFFFF, 1234, Duration.ofMillis(400), 1, Duration.ofMillis(50));
            ScannerException e = assertThrows(ScannerException.class, () -> R30xScanner.open(pty.host, wrong));
            assertEquals(Reason.DEVICE_ERROR, e.reason());
            assertTrue(e.getMessage().contains("wrong module password"), e.getMessage());
        }
    }

    @Test
    void corruptImageInTheEmulatorsFolderIsACaptureFailureNotACrash() throws Exception {
        Files.write(dir.resolve("broken.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        try (EmulatorThread emu = new EmulatorThread(pty.device, new FolderPrintSource(dir), EmulatorSettings.defaults())) {
            try (R30xScanner scanner = R30xScanner.open(pty.host, FAST)) {
                ScannerException e = assertThrows(ScannerException.class,
                        () -> scanner.capture(Duration.ofSeconds(15), TransferListener.NONE));
                assertEquals(Reason.DEVICE_ERROR, e.reason());
                assertTrue(e.getMessage().contains("failed to capture the finger image"), e.getMessage());
            }
            assertTrue(emu.log.toString(java.nio.charset.StandardCharsets.UTF_8).contains("broken.png"));
        }
    }

    @Test
    void missingPortIsAClearError() {
        ScannerException e = assertThrows(ScannerException.class, () -> R30xScanner.open("/dev/pts/does-not-exist", FAST));
        assertEquals(Reason.PORT_UNAVAILABLE, e.reason());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void noFingerWithinTheWaitIsReported() throws Exception {
        EmulatorSettings lazy = new EmulatorSettings(0xFFFFFFFF, 0, 2, 1000, FaultMode.NONE, 0, null);
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false), lazy)) {
            try (R30xScanner scanner = R30xScanner.open(pty.host, FAST)) {
                ScannerException e = assertThrows(ScannerException.class,
                        () -> scanner.capture(Duration.ofMillis(600), TransferListener.NONE));
                assertEquals(Reason.NO_FINGER, e.reason());
                assertTrue(e.getMessage().contains("place the finger"), e.getMessage());
            }
        }
    }

    @Test
    void scannerUnpluggedMidTransferEndsInAClearError() throws Exception {
        try (EmulatorThread emu = new EmulatorThread(pty.device, new SyntheticPrintSource(3, false), EmulatorSettings.defaults())) {
            ScannerException e = assertTimeoutPreemptively(LIMIT, () -> {
                try (R30xScanner scanner = R30xScanner.open(pty.host, FAST)) {
                    AtomicBoolean pulled = new AtomicBoolean();
                    return assertThrows(ScannerException.class, () -> scanner.capture(Duration.ofSeconds(15), (got, total) -> {
                        if (got > total / 3 && pulled.compareAndSet(false, true)) {
                            pty.kill();
                        }
                    }));
                }
            });
            assertTrue(e.reason() == Reason.DISCONNECTED || e.reason() == Reason.TIMEOUT, e.reason() + ": " + e.getMessage());
            assertTrue(e.getMessage().contains(pty.host) || e.getMessage().contains("image transfer"), e.getMessage());
        }
    }

    @Test
    void emulatorProcessKilledMidSessionEndsInATimeoutNotAHang() throws Exception {
        Process emulator = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "io.enrollment.devices.fingerprint.emulator.ScannerEmulatorMain", "--port", pty.device)
                .redirectErrorStream(true).redirectOutput(dir.resolve("emulator.log").toFile()).start();
        try {
            ScannerException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                R30xScanner scanner = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (scanner == null) {
                    try {
                        scanner = R30xScanner.open(pty.host, FAST);
                    } catch (ScannerException starting) {
                        if (System.nanoTime() > deadline) {
                            throw starting;
                        }
                    }
                }
                try (R30xScanner s = scanner) {
                    s.capture(Duration.ofSeconds(15), TransferListener.NONE);
                    emulator.destroyForcibly().waitFor();
                    return assertThrows(ScannerException.class, () -> s.capture(Duration.ofSeconds(15), TransferListener.NONE));
                }
            });
            assertEquals(Reason.TIMEOUT, e.reason(), e.getMessage());
            assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
        } finally {
            emulator.destroyForcibly();
        }
    }
}
