package io.enrollment.queue.it;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.Backoff;
import io.enrollment.queue.transmit.HttpsChannel;
import io.enrollment.queue.transmit.ProgressListener;
import io.enrollment.queue.transmit.Route;
import io.enrollment.queue.transmit.Transmitter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Drain throughput: N real ~1 MiB sealed packages from the queue to the simulator process over loopback mutual
 * TLS 1.3, including the simulator's verification of each (open the envelope, verify CAdES and the container).
 * Run with the offline-queue test class path: {@code java -cp … io.enrollment.queue.it.DrainBench 60}.
 */
public final class DrainBench {
    private DrainBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path dir = Files.createTempDirectory("drain-bench");
        Path officers = dir.resolve("officers");
        try (SimulatorProcess boot = SimulatorProcess.start(dir.resolve("central"), 0, null, placeholder(dir))) {
            new SealedPackages(boot.centralCertificate(), officers);
        }
        try (SimulatorProcess sim = SimulatorProcess.start(dir.resolve("central"), 0, null, officers.resolve("ca.pem"));
             QueueStore store = QueueStore.open(dir.resolve("queue"), Clock.systemUTC(), QueueIncident.Listener.NONE)) {
            SealedPackages packages = new SealedPackages(sim.centralCertificate(), officers);
            Transmitter t = new Transmitter(store, new HttpsChannel(sim.tls(), Route.direct(sim.url), Duration.ofSeconds(5),
                    Duration.ofSeconds(60), 0), Backoff.standard(), Clock.systemUTC(), QueueIncident.Listener.NONE,
                    ProgressListener.NONE);
            // Warm-up: five packages sent first (TLS handshake, JIT on both sides).
            for (int i = 0; i < 5; i++) {
                UUID id = SealedPackages.id(98, i);
                store.enqueue(id, ItemKind.PACKAGE, packages.sealedOfSize(id, 1 << 20), null);
            }
            t.drain(Duration.ofMinutes(2));
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                UUID id = SealedPackages.id(99, i);
                byte[] sealed = packages.sealedOfSize(id, 1 << 20);
                store.enqueue(id, ItemKind.PACKAGE, sealed, null);
                bytes += sealed.length;
            }
            long start = System.nanoTime();
            boolean drained = t.drain(Duration.ofMinutes(10));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("drain of %d sealed packages (%.2f MiB each on average) over loopback mTLS: %.1f MiB/s, "
                    + "%.1f packages/s, drained=%s, accepted by the simulator: %s%n", n, bytes / (double) n / (1 << 20),
                    bytes / seconds / (1 << 20), n / seconds, drained, sim.stats().path("packagesAccepted"));
        }
    }

    private static Path placeholder(Path dir) throws Exception {
        Path p = dir.resolve("bootstrap.pem");
        io.enrollment.signing.demo.DemoPki.writePem(java.util.List.of(io.enrollment.signing.demo.DemoPki.create("bootstrap",
                io.enrollment.signing.demo.KeyType.EC_P256, Clock.systemUTC()).caCertificate()), p);
        return p;
    }
}
