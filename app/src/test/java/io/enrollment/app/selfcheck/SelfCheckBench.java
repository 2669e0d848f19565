package io.enrollment.app.selfcheck;

import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not a test: times the self-check on the demo-device workstation of the tests (central simulator on
 * 127.0.0.1, real QC engine). Prints the median and worst duration per item over N runs (the first run is a
 * warm-up). Run: {@code mvn -o -q -pl app exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.enrollment.app.selfcheck.SelfCheckBench -Dexec.args="ru 5"} (from the app folder's parent,
 * with ../shared beside the checkout).
 */
public final class SelfCheckBench {
    private SelfCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        String profile = args.length > 0 ? args[0] : "ru";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path home = Files.createTempDirectory("selfcheck-bench");
        Map<String, List<Long>> durations = new LinkedHashMap<>();
        List<Long> totals = new ArrayList<>();
        try (TestWorkstation w = TestWorkstation.start(home, profile)) {
            for (int i = 0; i <= runs; i++) {
                long t0 = System.nanoTime();
                SelfCheckService.Outcome o;
                try (SelfCheckContext ctx = SelfCheckContext.open(w.config(), Clock.systemUTC(), w.options())) {
                    o = ctx.service().run("cli");
                }
                long total = (System.nanoTime() - t0) / 1_000_000;
                if (i == 0) {
                    System.out.println("warm-up run: " + total + " ms, overall " + o.report().overall());
                    continue;
                }
                totals.add(total);
                for (ItemResult item : o.report().items()) {
                    for (Measurement m : item.measurements()) {
                        if (m.name().equals("duration")) {
                            durations.computeIfAbsent(item.item(), k -> new ArrayList<>()).add(Long.parseLong(m.value()));
                        }
                    }
                }
            }
        }
        System.out.printf("%-14s %8s %8s%n", "item", "median", "max");
        durations.forEach((item, list) -> System.out.printf("%-14s %6d ms %6d ms%n", item, median(list), max(list)));
        System.out.printf("%-14s %6d ms %6d ms  (open + run + sign + queue, %d runs, profile %s)%n", "whole", median(totals),
                max(totals), runs, profile);
    }

    private static long median(List<Long> v) {
        long[] a = v.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }

    private static long max(List<Long> v) {
        return v.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
