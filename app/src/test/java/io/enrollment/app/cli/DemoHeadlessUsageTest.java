package io.enrollment.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workstation demo --headless}: options that do not fit together are refused with exit 2 before anything starts. */
class DemoHeadlessUsageTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path home;

    private int run(String... args) {
        return new WorkstationCli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String error() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void headlessNeedsACountOfEnrollments() {
        assertEquals(2, run("demo", "--headless", "--home", home.toString()));
        assertTrue(error().contains("--headless needs --enrollments N"), error());
    }

    @Test
    void headlessOptionsWithoutHeadlessAreRefused() {
        assertEquals(2, run("demo", "--enrollments", "3", "--home", home.toString()));
        assertTrue(error().contains("go with --headless"), error());
    }

    @Test
    void aCountBelowOneOrNotANumberIsRefused() {
        assertEquals(2, run("demo", "--headless", "--enrollments", "0", "--home", home.toString()));
        assertTrue(error().contains("at least 1"), error());
        assertEquals(2, run("demo", "--headless", "--enrollments", "three", "--home", home.toString()));
        assertTrue(error().contains("usage: workstation demo"), error());
    }

    @Test
    void closeAfterIsForTheWindowOnly() {
        assertEquals(2, run("demo", "--headless", "--enrollments", "1", "--close-after", "5", "--home", home.toString()));
        assertTrue(error().contains("--close-after is for the window"), error());
    }

    @Test
    void anUnreadableCentralConfigurationIsRefusedBeforeAnythingStarts() throws Exception {
        Path missing = home.resolve("nowhere.properties");
        assertEquals(2, run("demo", "--headless", "--enrollments", "1", "--central-from", missing.toString(),
                "--home", home.toString()));
        assertTrue(error().contains("does not exist"), error());
        assertFalse(Files.exists(home.resolve("data")), "nothing of the demo was set up");
    }

    @Test
    void theUsageDescribesTheHeadlessRun() {
        assertEquals(0, run("help", "demo"));
        String usage = out.toString(StandardCharsets.UTF_8);
        assertTrue(usage.contains("workstation demo --headless --enrollments N") && usage.contains("--central-from"), usage);
    }
}
