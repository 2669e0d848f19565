package io.enrollment.central.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.cli.CliCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CentralCommand c, String... args) {
        return c.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void badUsageIsExplained() {
        assertEquals(CliCommand.USAGE, run(new CentralCommand(), "--port", "many"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--port must be a number"));
        err.reset();
        assertEquals(CliCommand.USAGE, run(new CentralCommand(), "--faults", "explode=1"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown fault 'explode'"));
        err.reset();
        assertEquals(CliCommand.USAGE, run(new CentralCommand(), "--dir"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--dir needs a value"));
    }

    @Test
    void issuesAWorkstationCertificate() {
        assertEquals(CliCommand.OK, run(new CentralCommand(), "--dir", dir.toString(), "--issue-workstation", "WS-7"));
        Path p12 = Path.of(out.toString(StandardCharsets.UTF_8).trim());
        assertEquals(dir.toAbsolutePath().resolve("pki/workstation-WS-7.p12"), p12);
        assertTrue(Files.isRegularFile(p12));
    }

    @Test
    void printsExactlyOneListeningLineAndStopsCleanly() throws Exception {
        CountDownLatch stop = new CountDownLatch(1);
        AtomicInteger status = new AtomicInteger(-1);
        Thread t = new Thread(() -> status.set(run(new CentralCommand(stop), "--port", "0", "--dir", dir.toString())));
        t.start();
        Pattern line = Pattern.compile("central listening on https://127\\.0\\.0\\.1:(\\d+) dir (.+)\n");
        long deadline = System.currentTimeMillis() + 30_000;
        Matcher m = line.matcher("");
        while (System.currentTimeMillis() < deadline && !(m = line.matcher(out.toString(StandardCharsets.UTF_8))).matches()) {
            Thread.sleep(50);
        }
        assertTrue(m.matches(), "stdout: " + out.toString(StandardCharsets.UTF_8) + " stderr: " + err);
        assertTrue(Integer.parseInt(m.group(1)) > 0);
        assertEquals(dir.toAbsolutePath().toString(), m.group(2));
        stop.countDown();
        t.join(10_000);
        assertEquals(CliCommand.OK, status.get());
        assertTrue(Files.isRegularFile(dir.resolve("db/central.mv.db")));
    }
}
