package io.enrollment.devices.fingerprint;

import io.enrollment.devices.fingerprint.emulator.EmulatorSettings;
import io.enrollment.devices.fingerprint.emulator.PrintSource;
import io.enrollment.devices.fingerprint.emulator.ScannerEmulator;
import io.enrollment.devices.fingerprint.protocol.JSerialCommLink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/** The emulator on one end of a pty pair, in a background thread of the test JVM. */
final class EmulatorThread implements AutoCloseable {
    private final JSerialCommLink link;
    private final ScannerEmulator emulator;
    private final Thread thread;
    final AtomicReference<ScannerException> ended = new AtomicReference<>();
    final ByteArrayOutputStream log = new ByteArrayOutputStream();

    EmulatorThread(String path, PrintSource source, EmulatorSettings settings) throws ScannerException {
        link = JSerialCommLink.open(path, 57_600);
        emulator = new ScannerEmulator(link, source, settings, new PrintStream(log, true, StandardCharsets.UTF_8));
        thread = new Thread(() -> {
            try {
                emulator.run();
            } catch (ScannerException e) {
                ended.set(e);
            }
        }, "scanner-emulator");
        thread.setDaemon(true);
        thread.start();
    }

    int captures() {
        return emulator.captures();
    }

    @Override
    public void close() throws InterruptedException {
        emulator.stop();
        thread.join(2000);
        link.close();
    }
}
