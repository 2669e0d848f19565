package io.enrollment.queue.bench;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.store.QueueStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

/**
 * Durable enqueue rate of 1 MiB sealed packages (payload fsynced, row forced with CHECKPOINT SYNC).
 * Run: {@code mvn -pl offline-queue test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.enrollment.queue.bench.EnqueueBench} (or from the IDE). Figures go to docs/benchmarks.md.
 */
public final class EnqueueBench {
    private EnqueueBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int size = 1 << 20;
        Path dir = Files.createTempDirectory("enqueue-bench");
        byte[] payload = new byte[size];
        new Random(1).nextBytes(payload);
        try (QueueStore store = QueueStore.open(dir, Clock.systemUTC(), QueueIncident.Listener.NONE)) {
            for (int i = 0; i < 20; i++) { // warm-up
                payload[0] = (byte) i;
                store.enqueue(UUID.randomUUID(), ItemKind.PACKAGE, payload, "S:" + i);
            }
            long[] nanos = new long[n];
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                payload[1] = (byte) i;
                payload[2] = (byte) (i >> 8);
                long t = System.nanoTime();
                store.enqueue(UUID.randomUUID(), ItemKind.PACKAGE, payload, "S:" + i);
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf("durable enqueue of %d x 1 MiB: %.1f packages/s, %.1f MiB/s; per enqueue median %.1f ms, p95 %.1f ms%n",
                    n, n / seconds, n / seconds, nanos[n / 2] / 1e6, nanos[(int) (n * 0.95)] / 1e6);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
