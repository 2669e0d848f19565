package io.enrollment.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkstationCliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new WorkstationCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void versionPrintsTheVersion() {
        assertEquals(0, run("version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("enrollment-workstation \\d+\\.\\d+\\.\\d+.*\\R"), out.toString());
    }

    @Test
    void unknownCommandExitsTwoWithUsage() {
        assertEquals(2, run("nonsense"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("unknown command 'nonsense'") && e.contains("usage: workstation"), e);
    }

    @Test
    void badOptionsExitTwoWithUsage() {
        assertEquals(2, run("version", "--bogus"));
        assertEquals(2, run("demo", "--profile", "fr"));
        assertEquals(2, run("demo", "--bogus"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: workstation demo"));
    }

    @Test
    void queueWithoutAConfigurationSaysHowToCreateOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        assertEquals(2, run("queue", "status", "--config", dir.resolve("none.properties").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("config/workstation.example.properties"), err.toString());
        assertEquals(2, run("queue", "explode"));
        assertEquals(2, run("queue", "retry"));
    }

    @Test
    void helpListsEveryCommandAndEachCommandsUsage() {
        assertEquals(0, run("help"));
        for (String c : new String[] {"demo", "qc", "sign", "scanner", "queue", "central", "version"}) {
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("  " + c + " "), c);
        }
        out.reset();
        assertEquals(0, run("help", "demo"));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: workstation demo"));
    }
}
