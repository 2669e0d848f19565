package io.enrollment.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workstation selfcheck} on a workstation that is not set up: it runs, says what is wrong, and blocks. */
class SelfCheckCommandIT {
    @TempDir
    Path home;

    @Test
    void rSelf1_unconfiguredWorkstationIsBlockedWithReasonsAndJsonIsTheReport() throws Exception {
        Path config = AuditCommandTest.minimalConfig(home);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        WorkstationCli cli = new WorkstationCli(List.of(new SelfCheckCommand()));
        int exit = cli.run(new String[] {"selfcheck", "--config", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit, text + err.toString(StandardCharsets.UTF_8));
        assertTrue(text.contains("Enrollment: BLOCKED"), text);
        assertTrue(text.contains("FAIL  camera") && text.contains("remedy:"), text);
        assertTrue(text.contains("Report NOT queued"), text);
        assertTrue(Files.exists(home.resolve("data/selfcheck/last.json")));

        out.reset();
        exit = cli.run(new String[] {"selfcheck", "--json", "--trigger", "schedule", "--config", config.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, exit);
        assertTrue(json.contains("\"event\" : \"SELF_CHECK\"") && json.contains("\"trigger\" : \"schedule\""), json);
        assertEquals(2, cli.run(new String[] {"selfcheck", "--trigger", "whenever"}, new PrintStream(out), new PrintStream(err)));
    }
}
