package io.enrollment.qc.fingerprint;

import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Figures for docs/benchmarks.md and docs/fingerprint-qc.md (not a test): quality + template time per 500 ppi
 * print (warm), match time, score distributions of generated typical and poor prints (for finger.quality.min),
 * and the NIST calibration table when ../shared/testdata/nfiq2 is present.
 *
 * <p>Run: {@code mvn -pl quality-control test-compile} then {@code java -cp <test classpath> io.enrollment.qc.fingerprint.FingerprintBench [FINGERS]}.
 */
public final class FingerprintBench {
    private FingerprintBench() {
    }

    public static void main(String[] args) throws Exception {
        int fingers = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long t0 = System.nanoTime();
        FingerprintTemplates.warmUp();
        System.out.printf(Locale.ROOT, "SourceAFIS warm-up: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        List<PrintImage> typicalScanner = new ArrayList<>();
        List<PrintImage> typicalLarge = new ArrayList<>();
        List<PrintImage> poor = new ArrayList<>();
        for (int f = 0; f < fingers; f++) {
            typicalScanner.add(SyntheticPrints.typical(1000 + f, f));
            typicalLarge.add(SyntheticPrints.print(1000 + f, ImpressionParameters.typical(f + 500), 416, 560));
            poor.add(SyntheticPrints.poor(1000 + f, f));
        }
        // JIT warm-up beyond SourceAFIS's own: two passes over the prints before anything is timed
        time(typicalScanner);
        time(typicalLarge);
        double[] scannerTimes = time(typicalScanner);
        double[] largeTimes = time(typicalLarge);
        System.out.printf(Locale.ROOT, "quality+template 256x288: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n",
                q(scannerTimes, 0.5), q(scannerTimes, 0.9), q(scannerTimes, 1), scannerTimes.length);
        System.out.printf(Locale.ROOT, "quality+template 416x560: median %.1f ms, p90 %.1f ms, max %.1f ms (n=%d)%n",
                q(largeTimes, 0.5), q(largeTimes, 0.9), q(largeTimes, 1), largeTimes.length);
        double[] measureOnly = new double[typicalLarge.size()];
        for (int i = 0; i < measureOnly.length; i++) {
            long s = System.nanoTime();
            PrintMeasurer.measure(typicalLarge.get(i));
            measureOnly[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf(Locale.ROOT, "  of which block measures 416x560: median %.1f ms%n", q(measureOnly, 0.5));

        List<PrintTemplate> templates = new ArrayList<>();
        for (PrintImage p : typicalScanner) {
            templates.add(FingerprintTemplates.extract(p, null));
        }
        for (PrintTemplate a : templates) {
            for (PrintTemplate b : templates) {
                FingerprintTemplates.match(a, b);
            }
        }
        int matches = 0;
        long mc = THREADS.getCurrentThreadCpuTime();
        long ms = System.nanoTime();
        for (int r = 0; r < 5; r++) {
            for (PrintTemplate a : templates) {
                for (PrintTemplate b : templates) {
                    FingerprintTemplates.match(a, b);
                    matches++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "match: %.3f ms wall, %.3f ms CPU per comparison (%d comparisons)%n",
                (System.nanoTime() - ms) / 1e6 / matches, (THREADS.getCurrentThreadCpuTime() - mc) / 1e6 / matches, matches);
        long pc = THREADS.getCurrentThreadCpuTime();
        long ps = System.nanoTime();
        int prepared = 0;
        for (int r = 0; r < 5; r++) {
            for (PrintTemplate a : templates) {
                java.util.function.ToDoubleFunction<PrintTemplate> m = FingerprintTemplates.matcher(a);
                for (PrintTemplate b : templates) {
                    m.applyAsDouble(b);
                    prepared++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "match with a prepared matcher (one probe against %d): %.3f ms wall, %.3f ms CPU per comparison%n",
                templates.size(), (System.nanoTime() - ps) / 1e6 / prepared, (THREADS.getCurrentThreadCpuTime() - pc) / 1e6 / prepared);
        int isoBytes = templates.stream().mapToInt(t -> t.iso19794().length).sum() / templates.size();
        System.out.printf(Locale.ROOT, "ISO 19794-2:2011 record: mean %d bytes%n", isoBytes);

        double[] good = scores(typicalScanner);
        double[] bad = scores(poor);
        System.out.printf(Locale.ROOT, "scores typical 256x288: min %.1f p5 %.1f median %.1f max %.1f%n", q(good, 0), q(good, 0.05), q(good, 0.5), q(good, 1));
        System.out.printf(Locale.ROOT, "scores poor    256x288: min %.1f median %.1f p95 %.1f max %.1f%n", q(bad, 0), q(bad, 0.5), q(bad, 0.95), q(bad, 1));
        System.out.printf(Locale.ROOT, "suggested finger.quality.min (midpoint of poor p95 and typical p5): %.1f%n",
                (q(bad, 0.95) + q(good, 0.05)) / 2);
        nist();
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Wall time per print; the CPU time of this thread is printed alongside (the machine is shared and loaded). */
    private static double[] time(List<PrintImage> prints) {
        double[] t = new double[prints.size()];
        double[] cpu = new double[prints.size()];
        for (int i = 0; i < t.length; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            PrintImage p = prints.get(i);
            QualityScore.of(PrintMeasurer.measure(p), FingerprintTemplates.extract(p, null).minutiaeCount());
            t[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        System.out.printf(Locale.ROOT, "  (pass: CPU time median %.1f ms, p90 %.1f ms)%n", q(cpu, 0.5), q(cpu, 0.9));
        return t;
    }

    private static double[] scores(List<PrintImage> prints) {
        return prints.stream().mapToDouble(p -> QualityScore.of(PrintMeasurer.measure(p),
                FingerprintTemplates.extract(p, null).minutiaeCount()).score()).toArray();
    }

    private static double q(double[] v, double quantile) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(quantile * (s.length - 1)))];
    }

    private static void nist() throws IOException, io.enrollment.qc.UnreadableSampleException {
        Path folder = NistCalibrationTest.FOLDER.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            System.out.println("NIST examples not found at " + folder + ": calibration table skipped");
            return;
        }
        System.out.println("| image | NFIQ 2 | ours | diff | OCL NIST/ours | LCS NIST/ours | FDA NIST/ours | OF NIST/ours | RVU mean NIST/ours | minutiae FJFX/SourceAFIS |");
        double[] ours = new double[5];
        double[] ref = new double[5];
        double abs = 0;
        for (int i = 1; i <= 5; i++) {
            String name = "SFinGe_Test0" + i;
            PrintImage image = PrintDecoder.decode(Files.readAllBytes(folder.resolve(name + ".pgm")), 500, 500).image();
            PrintQuality pq = QualityScore.of(PrintMeasurer.measure(image), FingerprintTemplates.extract(image, null).minutiaeCount());
            java.util.Map<String, Double> n = new java.util.HashMap<>();
            for (String line : Files.readAllLines(folder.resolve(name + "_output.txt"))) {
                String[] kv = line.split(":", 2);
                n.put(kv[0].trim(), Double.parseDouble(kv[1].trim()));
            }
            PrintMeasures m = pq.measures();
            ours[i - 1] = pq.score();
            ref[i - 1] = n.get("UnifiedQualityScore");
            abs += Math.abs(ours[i - 1] - ref[i - 1]);
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %+.1f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %.3f / %.3f | %.0f / %d |%n",
                    name, ref[i - 1], ours[i - 1], ours[i - 1] - ref[i - 1], n.get("OCL_Bin10_Mean"), m.orientationCertainty(),
                    n.get("LCS_Bin10_Mean"), m.localClarity(), n.get("FDA_Bin10_Mean"), m.frequencyDomain(),
                    n.get("OF_Bin10_Mean"), m.orientationFlow(), n.get("RVUP_Bin10_Mean"), m.ridgeValleyRatio(),
                    n.get("FingerJetFX_MinutiaeCount"), pq.minutiae());
        }
        System.out.printf(Locale.ROOT, "mean |diff| %.2f; Spearman rank correlation %.2f%n", abs / 5, CalibrationStatistics.spearman(ours, ref));
    }
}
