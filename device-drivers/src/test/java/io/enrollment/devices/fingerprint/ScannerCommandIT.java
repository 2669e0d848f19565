package io.enrollment.devices.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.devices.fingerprint.cli.ScannerCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workstation scanner emulate} and {@code scanner capture} end to end over a pty pair. */
class ScannerCommandIT {
    @TempDir
    Path dir;

    private final ScannerCommand command = new ScannerCommand();

    private static PrintStream stream(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }

    @Test
    void emulateThenCaptureWritesA500PpiPngAndEmulatorStopsWhenTheLinkGoes() throws Exception {
        try (PtyPair pty = PtyPair.start()) {
            ByteArrayOutputStream emuOut = new ByteArrayOutputStream();
            ByteArrayOutputStream emuErr = new ByteArrayOutputStream();
            AtomicInteger emuExit = new AtomicInteger(-1);
            Thread emulator = new Thread(() -> emuExit.set(command.run(List.of("emulate", "--port", pty.device,
                    "--seed", "9", "--fault", "garbage:1"), stream(emuOut), stream(emuErr))));
            emulator.setDaemon(true);
            emulator.start();
            Path png = dir.resolve("print.png");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                int c;
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                do {
                    c = command.run(List.of("capture", "--port", pty.host, "--out", png.toString(), "--read-timeout", "500"),
                            stream(out), stream(err));
                } while (c != 0 && System.nanoTime() < deadline);
                return c;
            });
            assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertTrue(text.contains("R307-EMULATOR") && text.contains("transfer 100 %") && text.contains("500 ppi"), text);
            GreyImage image = PrintImages.read(png);
            assertEquals(256, image.width());
            assertEquals(288, image.height());
            byte[] bytes = Files.readAllBytes(png);
            assertTrue(new String(bytes, StandardCharsets.ISO_8859_1).contains("pHYs"), "PNG records its resolution");
            pty.kill();
            emulator.join(5000);
            assertEquals(1, emuExit.get(), emuErr.toString(StandardCharsets.UTF_8));
            assertTrue(emuErr.toString(StandardCharsets.UTF_8).contains("went away"));
            assertTrue(emuOut.toString(StandardCharsets.UTF_8).contains("injecting garbage"));
        }
    }

    @Test
    void badUsageAndMissingPortsAreExplained() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, command.run(List.of("capture", "--port", "/dev/null"), stream(new ByteArrayOutputStream()), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out FILE.png is required"));
        err.reset();
        assertEquals(1, command.run(List.of("capture", "--port", "/dev/ttyUSB-none", "--out", dir.resolve("x.png").toString()),
                stream(new ByteArrayOutputStream()), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist"), err.toString(StandardCharsets.UTF_8));
        err.reset();
        assertEquals(2, command.run(List.of("emulate", "--port", "/dev/null", "--fault", "meteor"),
                stream(new ByteArrayOutputStream()), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown fault mode 'meteor'"));
        err.reset();
        assertEquals(2, command.run(List.of("emulate", "--port", "/dev/null", "--images", dir.resolve("none").toString()),
                stream(new ByteArrayOutputStream()), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("does not exist or is not a folder"));
        assertEquals(2, command.run(List.of(), stream(new ByteArrayOutputStream()), stream(new ByteArrayOutputStream())));
    }
}
