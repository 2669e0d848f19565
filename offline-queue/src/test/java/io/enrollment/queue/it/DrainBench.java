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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Drain throughput: N real ~1 MiB sealed packages from the queue to the simulator process over loopback mutual
 * TLS 1.3, including the simulator's verification of each (open the envelope, verify CAdES and the container).
 * Reports the wall-clock rate and the CPU time per MiB of each process (steadier on a shared machine).
 * Run with the offline-queue test class path: {@code java -cp … io.enrollment.queue.it.DrainBench N [ROUNDS [WARM_UP [PARALLEL]]]}.
 */
public final class DrainBench {
    private DrainBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : Transmitter.DEFAULT_PARALLEL_UPLOADS;
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
                    ProgressListener.NONE, parallel);
            // Each round makes its packages first (untimed), queues them, then drains them (timed). The warm-up rounds
            // are long: each process runs a thousand or more methods through C2 before its CPU per package settles.
            int warmUpRounds = (warmUp + n - 1) / n;
            String recording = System.getProperty("simulator.jfr"); // a file: profile the simulator after the warm-up
            String ownRecording = System.getProperty("workstation.jfr"); // the same for this process
            jdk.jfr.Recording own = null;
            for (int round = 0; round < warmUpRounds + rounds; round++) {
                List<UUID> ids = new ArrayList<>();
                List<byte[]> sealed = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    UUID id = SealedPackages.id(98 + round, i);
                    ids.add(id);
                    sealed.add(packages.sealedOfSize(id, 1 << 20));
                }
                long bytes = enqueue(store, ids, sealed);
                if (round < warmUpRounds) {
                    t.drain(Duration.ofMinutes(10));
                    continue;
                }
                if (round == warmUpRounds && recording != null) {
                    sim.startFlightRecording();
                }
                if (round == warmUpRounds && ownRecording != null) {
                    own = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"));
                    own.enable("jdk.TLSHandshake");
                    own.start();
                }
                String loadBefore = loadAverage();
                long clientCpu = processCpuNanos();
                long serverCpu = sim.cpuNanos();
                Map<String, long[]> clientThreads = ProcessCpu.byThreadKind(ProcessHandle.current().pid());
                Map<String, long[]> serverThreads = ProcessCpu.byThreadKind(sim.pid());
                long start = System.nanoTime();
                boolean drained = t.drain(Duration.ofMinutes(10));
                double seconds = (System.nanoTime() - start) / 1e9;
                double mib = bytes / (double) (1 << 20);
                double clientMsPerMib = (processCpuNanos() - clientCpu) / 1e6 / mib;
                double serverMsPerMib = (sim.cpuNanos() - serverCpu) / 1e6 / mib;
                String clientByThread = ProcessCpu.perMib(clientThreads,
                        ProcessCpu.byThreadKind(ProcessHandle.current().pid()), mib);
                String serverByThread = ProcessCpu.perMib(serverThreads, ProcessCpu.byThreadKind(sim.pid()), mib);
                System.out.printf("drain of %d sealed packages (%.2f MiB each on average), %d in flight, over loopback mTLS: "
                        + "%.1f MiB/s, %.1f packages/s, drained=%s, accepted by the simulator: %s; CPU per MiB: workstation "
                        + "%.1f ms, simulator %.1f ms; load average %s -> %s%n", n, mib / n, parallel, mib / seconds,
                        n / seconds, drained, sim.stats().path("packagesAccepted"), clientMsPerMib, serverMsPerMib,
                        loadBefore, loadAverage());
                System.out.println("  workstation threads, user+kernel ms per MiB: " + clientByThread);
                System.out.println("  simulator threads, user+kernel ms per MiB: " + serverByThread);
            }
            if (own != null) {
                own.dump(Path.of(ownRecording));
            }
            if (recording != null) {
                sim.dumpFlightRecording(Path.of(recording));
            }
        }
    }

    private static long enqueue(QueueStore store, List<UUID> ids, List<byte[]> sealed) throws Exception {
        long bytes = 0;
        for (int i = 0; i < ids.size(); i++) {
            store.enqueue(ids.get(i), ItemKind.PACKAGE, sealed.get(i), null);
            bytes += sealed.get(i).length;
        }
        return bytes;
    }

    /** CPU time of this whole process (transmitter, TLS, H2, JIT, GC). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() throws java.io.IOException {
        return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    }

    private static Path placeholder(Path dir) throws Exception {
        Path p = dir.resolve("bootstrap.pem");
        io.enrollment.signing.demo.DemoPki.writePem(java.util.List.of(io.enrollment.signing.demo.DemoPki.create("bootstrap",
                io.enrollment.signing.demo.KeyType.EC_P256, Clock.systemUTC()).caCertificate()), p);
        return p;
    }
}
