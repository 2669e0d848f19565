package io.enrollment.central.bench;

import io.enrollment.central.CentralConfig;
import io.enrollment.central.CentralServer;
import io.enrollment.central.SealedItems;
import io.enrollment.central.TestClient;
import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.central.verify.Verifiers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * How fast the simulator takes 1 MiB sealed packages over loopback mTLS (TLS 1.3, JDK HttpClient, one
 * connection, one upload at a time): each upload is one PATCH answered by a signed receipt after the server has
 * hashed, opened the envelope, verified the CAdES, read the container and stored the row with CHECKPOINT SYNC.
 * Run twice: with the real verifier and with the verification step left out (transport + store only).
 *
 * <p>{@code java -cp … io.enrollment.central.bench.CentralBench [N]}
 */
public final class CentralBench {
    private CentralBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        Path dir = Files.createTempDirectory("central-bench");
        SimulatorPki pki = SimulatorPki.loadOrCreate(dir.resolve("a/pki"));
        SimulatorPki.KeyEntry officer = pki.issueOfficer("CN=Bench Officer,O=Bank");
        List<UUID> ids = new ArrayList<>();
        List<byte[]> sealed = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            UUID id = UUID.randomUUID();
            byte[] container = SealedItems.container(id, SealedItems.officer(officer.certificate()), 600, 580);
            ids.add(id);
            sealed.add(SealedItems.seal(SealedItems.sign(officer, container), pki.central().certificate()));
        }
        System.out.printf("package size %.2f MiB (sealed), %d timed uploads after 5 warm-up%n",
                sealed.get(0).length / 1048576.0, n);
        run("real verifier", CentralServer.start(CentralConfig.of(dir.resolve("a"), 0)), ids, sealed, n);
        Files.createDirectories(dir.resolve("b"));
        copyPki(dir.resolve("a/pki"), dir.resolve("b/pki"));
        run("no verification (transport + store)", CentralServer.start(CentralConfig.of(dir.resolve("b"), 0),
                Verifiers.unavailable()), ids, sealed, n);
    }

    /** CPU time of the server's request threads ({@code central-N}) so far. */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("central-")) {
                total += Math.max(0, mx.getThreadCpuTime(t.getThreadId()));
            }
        }
        return total;
    }

    private static void copyPki(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static void run(String label, CentralServer server, List<UUID> ids, List<byte[]> sealed, int n)
            throws Exception {
        try (server) {
            TestClient client = TestClient.of(server);
            List<Double> ms = new ArrayList<>();
            long bytes = 0;
            long start = 0;
            long cpuStart = 0;
            for (int i = 0; i < ids.size(); i++) {
                if (i == 5) {
                    start = System.nanoTime();
                    cpuStart = serverCpuNanos();
                }
                long t0 = System.nanoTime();
                HttpResponse<byte[]> r = client.patch("/v1/packages/" + ids.get(i), sealed.get(i));
                String status = TestClient.verifiedReceipt(r.body(), client.central).get("status").asText();
                if (i >= 5) {
                    ms.add((System.nanoTime() - t0) / 1e6);
                    bytes += sealed.get(i).length;
                }
                if (i == 0) {
                    System.out.println(label + ": first receipt " + status);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuMs = (serverCpuNanos() - cpuStart) / 1e6 / n;
            Collections.sort(ms);
            System.out.printf("%s: %.1f packages/s, %.1f MiB/s, per upload median %.1f ms, p95 %.1f ms;"
                    + " server CPU %.1f ms per upload%n", label, n / seconds, bytes / 1048576.0 / seconds,
                    ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.95)), cpuMs);
        }
    }
}
