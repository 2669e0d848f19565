package io.enrollment.app.capture;

import io.enrollment.devices.fingerprint.ScannerException;
import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.PrintSource;
import io.enrollment.devices.fingerprint.emulator.ScannerEmulator;
import io.enrollment.devices.fingerprint.protocol.JSerialCommLink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DEMO scanner: a socat pty pair, the device-drivers' scanner emulator serving synthetic prints on one end,
 * and the workstation's R30x driver on the other ({@code scanner.port}) — the same serial protocol as a real
 * R30x/AS608 module. Started only when the {@code socat} command exists.
 */
public final class PtyScannerEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PtyScannerEmulator.class);
    private final Process socat;
    private final JSerialCommLink link;
    private final ScannerEmulator emulator;

    private PtyScannerEmulator(Process socat, JSerialCommLink link, ScannerEmulator emulator) {
        this.socat = socat;
        this.link = link;
        this.emulator = emulator;
    }

    /** Whether {@code socat} is on the PATH. */
    public static boolean available() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Links {@code workstationEnd} (the configured scanner port) to an emulator serving {@code prints}.
     *
     * @throws CaptureException when the pty pair or the emulator cannot be started
     */
    public static PtyScannerEmulator start(Path workstationEnd, PrintSource prints, int baud) throws CaptureException {
        Path emulatorEnd = workstationEnd.resolveSibling(workstationEnd.getFileName() + ".emulator");
        Process socat;
        try {
            Files.deleteIfExists(workstationEnd);
            Files.deleteIfExists(emulatorEnd);
            socat = new ProcessBuilder(List.of("socat", "pty,raw,echo=0,link=" + workstationEnd,
                    "pty,raw,echo=0,link=" + emulatorEnd)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!(Files.exists(workstationEnd) && Files.exists(emulatorEnd)) && System.nanoTime() < deadline && socat.isAlive()) {
                Thread.sleep(20);
            }
        } catch (IOException e) {
            throw new CaptureException("cannot start socat for the demo scanner: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException("interrupted while starting the demo scanner", e);
        }
        if (!Files.exists(emulatorEnd)) {
            socat.destroy();
            throw new CaptureException("socat made no pty pair at " + workstationEnd);
        }
        try {
            JSerialCommLink link = JSerialCommLink.open(emulatorEnd.toRealPath().toString(), baud);
            ScannerEmulator emulator = new ScannerEmulator(link, prints, EmulatorSettings.defaults(),
                    new PrintStream(OutputStream.nullOutputStream()));
            Thread t = new Thread(() -> {
                try {
                    emulator.run();
                } catch (ScannerException e) {
                    LOG.info("demo scanner emulator stopped: {}", e.getMessage());
                }
            }, "demo-scanner-emulator");
            t.setDaemon(true);
            t.start();
            LOG.info("demo scanner emulator on {} ({})", workstationEnd, prints.describe());
            return new PtyScannerEmulator(socat, link, emulator);
        } catch (ScannerException | IOException e) {
            socat.destroy();
            throw new CaptureException("cannot open the emulator's end of the pty pair: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        emulator.stop();
        link.close();
        socat.destroy();
    }
}
