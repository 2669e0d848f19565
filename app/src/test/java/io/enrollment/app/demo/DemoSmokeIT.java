package io.enrollment.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code workstation demo} as its own process (headless JavaFX), lets it render, closes it, and reads
 * its logs: the window was shown, and neither the PIN nor anything that looks like dumped bytes was logged.
 */
class DemoSmokeIT {
    /** Hex or base64 runs this long in a log line are data, not messages. */
    private static final Pattern DUMPED_BYTES = Pattern.compile("[A-Za-z0-9+/=]{96,}|[0-9a-fA-F]{96,}");

    @TempDir
    Path home;

    private Process start(String profile) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-cp", System.getProperty("java.class.path"), "io.enrollment.app.Launcher",
                "demo", "--profile", profile, "--home", home.toString(), "--close-after", "2"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve("console.txt").toFile()).start();
    }

    private String logs() throws IOException {
        try (Stream<Path> files = Files.walk(home.resolve("data/logs"))) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }

    @Test
    void demoOpensTheMainWindowAndLogsNoSecrets() throws Exception {
        for (String profile : List.of("ru", "kg")) {
            Process p = start(profile);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "demo did not close by itself");
            String console = Files.readString(home.resolve("console.txt"));
            assertEquals(0, p.exitValue(), console);
            String log = logs();
            assertTrue(log.contains("main window shown: workstation DEMO-" + profile.toUpperCase() + "-01"), log);
            assertFalse(log.contains(DemoEnvironment.DEMO_PIN), "the demo PIN is in the log");
            assertFalse(console.contains(DemoEnvironment.DEMO_PIN), "the demo PIN is on the console");
            assertFalse(DUMPED_BYTES.matcher(log).find(), "the log holds a long run of encoded bytes");
        }
    }

    @Test
    void demoNeverWritesTheRealConfiguration() throws Exception {
        Process p = start("ru");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(Files.exists(home.resolve("workstation.properties")));
        assertTrue(Files.readString(home.resolve("workstation.properties")).contains("demo=true"));
    }
}
