package io.enrollment.app.headless;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditVerification;
import io.enrollment.app.capture.PtyScannerEmulator;
import io.enrollment.app.demo.DemoCards;
import io.enrollment.app.demo.DemoEnvironment;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code workstation demo --headless} as integrators run it: its own process, no display, the demo devices
 * (camera folder of real portraits, espeak-ng speaking into the file-backed microphone, the scanner emulator on a
 * socat pty pair), then the real central simulator's {@code /admin/stats} and the workstation's queue are read
 * to see that every package arrived exactly once with a verified receipt.
 */
class HeadlessDemoIT {
    private static final Path FACES = Path.of(System.getProperty("faces.dir", "../../shared/testdata/faces"));
    private static final String UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    Path tmp;

    /** The demo camera is filled from the shared test photographs; without them there is no face to capture. */
    @BeforeAll
    static void assumeFaces() {
        if (!Files.isDirectory(FACES)) {
            String why = "SKIPPED: the shared test photographs are not at " + FACES.toAbsolutePath().normalize()
                    + " (../shared/testdata/faces beside the repository); the headless demo's camera needs real faces";
            System.err.println(why); // a class-level skip is not listed by Failsafe: say it in the build log
            Assumptions.abort(why);
        }
    }

    private record Run(int exit, String output) {
    }

    /** Runs the launcher as its own process without a display, the demo camera made from the shared photographs. */
    private Run headless(Path home, List<String> extra) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "io.enrollment.app.Launcher",
                "demo", "--headless", "--home", home.toString(), "--timeout", "240"));
        cmd.addAll(extra);
        Path console = tmp.resolve("console-" + home.getFileName() + ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(console.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().put("WORKSTATION_DEMO_FACES", FACES.toAbsolutePath().normalize().toString());
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the headless demo did not finish:\n" + Files.readString(console, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(console, StandardCharsets.UTF_8));
    }

    /** The package ids of the enrollment lines, checking that there is one line per enrollment and each was queued. */
    private static List<UUID> queuedIds(String output, String profile, int n, String secondStep) {
        Pattern line = Pattern.compile("(?m)^enrollment (\\d+)/" + n + " id=(" + UUID_RE + ") subject=demo-" + profile
                + "-\\d{4} face=(PASS|NOT_VERIFIED)\\(attempt \\d/\\d, \\d+ frames?.*\\) " + secondStep
                + "=(PASS|NOT_VERIFIED)\\(.* queued=\\d+B time=[\\d.]+s$");
        Matcher m = line.matcher(output);
        List<UUID> ids = new ArrayList<>();
        while (m.find()) {
            assertEquals(ids.size() + 1, Integer.parseInt(m.group(1)), output);
            ids.add(UUID.fromString(m.group(2)));
        }
        assertEquals(n, ids.size(), "one queued line per enrollment:\n" + output);
        assertEquals(n, ids.stream().distinct().count(), output);
        return ids;
    }

    /**
     * Every package is DELIVERED in the workstation's queue, with its receipt kept and its payload gone, and the
     * audit trail records its signature and its delivery.
     */
    private static void assertDelivered(Path home, List<UUID> ids) throws Exception {
        Path queueDir = home.resolve("data").resolve("queue");
        try (QueueStore queue = QueueStore.open(queueDir, Clock.systemUTC(), i -> { })) {
            for (UUID id : ids) {
                QueueItem item = queue.get(id).orElseThrow(() -> new AssertionError(id + " is not in the queue"));
                assertEquals(ItemState.DELIVERED, item.state(), item.toString());
                assertTrue(queue.receipt(id).isPresent(), "no receipt kept for " + id);
            }
        }
        try (var payloads = Files.walk(queueDir)) {
            assertFalse(payloads.anyMatch(p -> ids.stream().anyMatch(id -> p.getFileName().toString().contains(id.toString()))),
                    "a delivered package's payload is still on disk");
        }
        // The audit trail holds each package's signature and delivery, and its chain is intact.
        Path trail = home.resolve("data").resolve("audit").resolve(AuditLog.FILE_NAME);
        AuditVerification verified = AuditLog.verify(trail, AuditLog.AnchorCheck.NONE);
        assertTrue(verified.ok(), verified.toString());
        List<String> records = Files.readAllLines(trail, StandardCharsets.UTF_8);
        for (UUID id : ids) {
            String target = "\"target\":\"package " + id + "\"";
            assertTrue(records.stream().anyMatch(r -> r.contains("\"action\":\"SIGNATURE\"") && r.contains(target)
                    && r.contains("\"outcome\":\"ok\"")), "no signature audited for " + id);
            assertTrue(records.stream().anyMatch(r -> r.contains("\"action\":\"TRANSMISSION\"") && r.contains(target)
                    && r.contains("\"outcome\":\"delivered\"")), "no delivery audited for " + id);
        }
    }

    private static void assertCounts(JsonNode stats, int n) {
        assertEquals(n, stats.path("packagesReceived").asInt(-1), stats.toString());
        assertEquals(n, stats.path("packagesAccepted").asInt(-1), stats.toString());
        assertEquals(0, stats.path("duplicatesRefused").asInt(-1), stats.toString());
        assertEquals(0, stats.path("conflicts").asInt(-1), stats.toString());
        assertEquals(0, stats.path("rejected").size(), stats.toString());
    }

    /** ru, the default: the demo starts its own simulator; read back by starting that simulator's directory again. */
    @Test
    void ruThreeEnrollmentsReachTheDemosOwnSimulatorOnceEach() throws Exception {
        Path home = tmp.resolve("ru-home");
        Run run = headless(home, List.of("--enrollments", "3", "--profile", "ru"));
        assertEquals(0, run.exit(), run.output());
        List<UUID> ids = queuedIds(run.output(), "ru", 3, "voice");
        assertTrue(run.output().contains("summary: enrolled 3/3, delivered 3, receipts verified 3, failed 0"), run.output());
        assertTrue(run.output().contains("microphone DEMO: spoken prompt, file-backed microphone"), run.output());
        assertFalse(run.output().contains(DemoEnvironment.DEMO_PIN), "the PIN is on the console");
        assertDelivered(home, ids);
        try (SimulatorProcess central = SimulatorProcess.start(home.resolve("data").resolve("central-simulator"), null)) {
            assertCounts(central.stats(), 3);
        }
    }

    /** kg against a simulator run as its own process, named by a workstation configuration (--central-from). */
    @Test
    void kgTwoEnrollmentsReachAConfiguredSimulatorOnceEach() throws Exception {
        Path home = tmp.resolve("kg-home");
        Files.createDirectories(home);
        // The central system must trust the demo officers' CA before the first package arrives.
        DemoCards cards = DemoCards.prepare(home, home.resolve("demo-token.p12"), DemoEnvironment.DEMO_PIN.toCharArray(),
                Clock.systemUTC());
        try (SimulatorProcess central = SimulatorProcess.start(tmp.resolve("central"), cards.caFile())) {
            Path password = tmp.resolve("tls-password.txt");
            Files.writeString(password, "simulator\n");
            Path config = tmp.resolve("central.properties");
            Files.writeString(config, String.join("\n",
                    "workstation.id=WS-DEMO", "workstation.place=Integration lab", "profile=ru", "camera=device:0",
                    "microphone=device:default", "central.url=" + central.url, "central.channel=direct",
                    "central.certificate=" + central.centralPem(), "tls.keystore=" + central.workstationP12(),
                    "tls.keystore.password-file=" + password, "token.software=" + home.resolve("demo-token.p12"), "demo=true", ""));
            Run run = headless(home, List.of("--enrollments", "2", "--profile", "kg", "--central-from", config.toString()));
            assertEquals(0, run.exit(), run.output());
            List<UUID> ids = queuedIds(run.output(), "kg", 2, "fingers");
            assertTrue(run.output().contains("summary: enrolled 2/2, delivered 2, receipts verified 2, failed 0"), run.output());
            assertTrue(run.output().contains("central: the central system configured in " + config), run.output());
            if (PtyScannerEmulator.available()) {
                assertTrue(run.output().contains("scanner R30x " + home.resolve("scanner.pty")), run.output());
            }
            assertCounts(central.stats(), 2);
            assertDelivered(home, ids);
        }
    }

    /**
     * A person who never faces the camera: every attempt fails, the capture is recorded as rejected (its QC-failure
     * event reaches the central system), no package is made, and the run says so and exits 1.
     */
    @Test
    void aFaceThatNeverPassesIsReportedAndTheRunFails() throws Exception {
        Path home = tmp.resolve("rejected-home");
        // The person's own portraits, all with the head turned, where the demo camera plays them instead of its
        // default pictures: camera-images/ (demo video era) and camera/ (image-folder era); the other is ignored.
        for (String folder : List.of("camera-images", "camera")) {
            Files.createDirectories(home.resolve(folder));
            for (String photo : List.of("001_02.jpg", "002_02.jpg", "003_02.jpg")) {
                Files.copy(FACES.resolve("neutral_left_3quarter").resolve(photo), home.resolve(folder).resolve(photo));
            }
        }
        Run run = headless(home, List.of("--enrollments", "1", "--profile", "ru"));
        assertEquals(1, run.exit(), run.output());
        assertTrue(Pattern.compile("(?m)^enrollment 1/1 id=" + UUID_RE + " subject=demo-ru-0001 face=FAIL\\(attempt 3/3, \\d+ frames; guided [A-Z_]+x\\d+(,[A-Z_]+x\\d+)*; R-FACE-2 .*"
                + "rejected-captures-queued=1 NOT-QUEUED\\(face rejected after 3 attempts\\)").matcher(run.output()).find(), run.output());
        assertTrue(run.output().contains("summary: enrolled 0/1, delivered 0, receipts verified 0, failed 1"), run.output());
        assertTrue(run.output().contains("rejected-capture events 1 (delivered 1)"), run.output());
        try (SimulatorProcess central = SimulatorProcess.start(home.resolve("data").resolve("central-simulator"), null)) {
            JsonNode stats = central.stats();
            assertEquals(0, stats.path("packagesReceived").asInt(-1), stats.toString());
            assertEquals(1, stats.path("events").path("QC_FAILURE").asInt(-1), stats.toString());
        }
    }
}
