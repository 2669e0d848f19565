package io.enrollment.queue.it;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time of a Linux process from /proc, per kind of thread (request threads, JIT compiler, GC, …) and split
 * into user and kernel time: for benchmarks on a shared machine, where wall-clock time says little.
 */
final class ProcessCpu {
    private static final long NANOS_PER_TICK = 10_000_000L; // USER_HZ is 100 on Linux

    private ProcessCpu() {
    }

    /** User and kernel time, per thread kind ("C2 CompilerThre", "GC Thread#", "central-", …), in nanoseconds. */
    static Map<String, long[]> byThreadKind(long pid) throws IOException {
        Map<String, long[]> out = new TreeMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (NoSuchFileException ended) {
                    continue;
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9]+$", "");
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long[] t = out.computeIfAbsent(name, k -> new long[2]);
                t[0] += Long.parseLong(f[11]) * NANOS_PER_TICK; // utime (field 14)
                t[1] += Long.parseLong(f[12]) * NANOS_PER_TICK; // stime (field 15)
            }
        }
        return out;
    }

    /** What changed between two snapshots, largest first, as "kind user+kernel ms" per MiB. */
    static String perMib(Map<String, long[]> before, Map<String, long[]> after, double mib) {
        return after.entrySet().stream()
                .map(e -> {
                    long[] b = before.getOrDefault(e.getKey(), new long[2]);
                    return Map.entry(e.getKey(), new long[] {e.getValue()[0] - b[0], e.getValue()[1] - b[1]});
                })
                .filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .sorted((a, b) -> Long.compare(b.getValue()[0] + b.getValue()[1], a.getValue()[0] + a.getValue()[1]))
                .map(e -> String.format("%s %.1f+%.1f", e.getKey().trim(), e.getValue()[0] / 1e6 / mib, e.getValue()[1] / 1e6 / mib))
                .collect(Collectors.joining(", "));
    }
}
