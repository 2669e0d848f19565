package io.enrollment.queue.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueCounts;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.store.QueueStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the workstation's queue process at random points during enqueue and transmission, over and over,
 * then one run to the end: every acknowledged package is delivered, and the central system accepted each
 * package exactly once (it de-duplicates; its counts prove nothing was stored twice).
 */
class KillRecoveryIT {
    /** Each run has three more packages to enqueue than the last, so every run has work to be killed in. */
    private static final int PACKAGES_PER_RUN = 3;
    private static final int KILLS = 22;
    private static final int MAX_RUNS = 60;
    @TempDir
    Path dir;

    private Process driver(Path queue, Path pki, Path officers, String url, int packages) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), QueueDriver.class.getName(), queue.toString(), pki.toString(),
                officers.toString(), url, Integer.toString(packages), "77").redirectErrorStream(true).start();
    }

    @Test
    void noPackageLostAndNoneDeliveredTwiceAcrossKills() throws Exception {
        Path officers = dir.resolve("officers");
        Path centralDir = dir.resolve("central");
        // The officers' CA must exist before the simulator starts, since the simulator trusts it.
        try (SimulatorProcess bootstrap = SimulatorProcess.start(centralDir, 0, null, trustPlaceholder())) {
            new SealedPackages(bootstrap.centralCertificate(), officers);
        }
        Path queue = dir.resolve("queue");
        Set<String> acknowledged = new HashSet<>();
        Random random = new Random(4242);
        try (SimulatorProcess sim = SimulatorProcess.start(centralDir, 0, null, officers.resolve("ca.pem"))) {
            String url = sim.url.toString();
            Path pki = centralDir.resolve("pki");
            List<Integer> killedAfterMs = new ArrayList<>();
            int packages = 0;
            for (int run = 0; run < MAX_RUNS && killedAfterMs.size() < KILLS; run++) {
                packages += PACKAGES_PER_RUN;
                Process p = driver(queue, pki, officers, url, packages);
                int delay = 700 + random.nextInt(2300);
                Thread reader = collect(p, acknowledged);
                if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
                    killedAfterMs.add(delay);
                }
                p.waitFor(20, TimeUnit.SECONDS);
                reader.join(5_000);
            }
            Process last = driver(queue, pki, officers, url, packages);
            List<String> lines = new ArrayList<>();
            Thread reader = collect(last, acknowledged, lines);
            assertTrue(last.waitFor(180, TimeUnit.SECONDS), "the final run did not finish");
            reader.join(5_000);
            assertTrue(lines.contains("drained"), "final run: " + lines);
            assertTrue(killedAfterMs.size() >= 20, "only " + killedAfterMs.size() + " runs were killed: " + killedAfterMs);

            JsonNode stats = sim.stats();
            assertEquals(packages, stats.path("packagesAccepted").asLong(), "accepted exactly once each: " + stats);
            try (QueueStore store = QueueStore.open(queue, Clock.systemUTC(), QueueIncident.Listener.NONE)) {
                QueueCounts counts = store.counts();
                assertEquals(packages, counts.delivered(), counts.toString());
                assertEquals(0, counts.pending() + counts.failed(), counts.toString());
                for (String id : acknowledged) {
                    assertEquals(ItemState.DELIVERED, store.get(UUID.fromString(id)).orElseThrow().state(), id);
                }
            }
        }
    }

    private Path trustPlaceholder() throws Exception {
        Path p = dir.resolve("bootstrap.pem");
        io.enrollment.signing.demo.DemoPki.writePem(List.of(io.enrollment.signing.demo.DemoPki.create("bootstrap",
                io.enrollment.signing.demo.KeyType.EC_P256, Clock.systemUTC()).caCertificate()), p);
        return p;
    }

    private static Thread collect(Process p, Set<String> acknowledged) {
        return collect(p, acknowledged, new ArrayList<>());
    }

    private static Thread collect(Process p, Set<String> acknowledged, List<String> lines) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.startsWith("enqueued ")) {
                        synchronized (acknowledged) {
                            acknowledged.add(line.substring(9).trim());
                        }
                    }
                }
            } catch (java.io.IOException ignored) {
                // the process was killed
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }
}
