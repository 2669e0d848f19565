package io.enrollment.qc.fingerprint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Combines the measures into the 0–100 quality score. Each measure is mapped to a goodness in [0, 1] by a linear
 * ramp between a "bad" and a "good" value, the goodnesses are weighted (weights sum to 1), and the sum is scaled
 * by the usable area and by a linear calibration fitted to NIST's NFIQ 2 reference scores. The ramps, weights and
 * calibration are documented in docs/fingerprint-qc.md.
 */
public final class QualityScore {
    /** name → {weight, bad, good}: the ramp runs from bad (goodness 0) to good (goodness 1). */
    static final Map<String, double[]> RAMPS = new LinkedHashMap<>();

    static {
        RAMPS.put("orientation-certainty", new double[] {0.20, 0.70, 1.00});
        RAMPS.put("local-clarity", new double[] {0.20, 0.60, 1.00});
        RAMPS.put("frequency-domain", new double[] {0.20, 0.30, 0.55});
        RAMPS.put("ridge-valley-uniformity", new double[] {0.10, 0.40, 0.10});
        RAMPS.put("orientation-flow", new double[] {0.10, 0.30, 0.00});
        RAMPS.put("contrast", new double[] {0.10, 20, 100});
        RAMPS.put("minutiae", new double[] {0.10, 10, 30});
    }

    /** Foreground pixels below which the score shrinks in proportion (a fingertip at 500 ppi is ≥ 60 000 px). */
    static final double FULL_AREA_PIXELS = 60_000;
    /** Linear calibration onto the NFIQ 2 scale: score = SCALE × weighted sum × 100 + OFFSET. */
    static final double SCALE = 0.70;
    static final double OFFSET = 0.0;

    private QualityScore() {
    }

    public static PrintQuality of(PrintMeasures m, int minutiae) {
        Map<String, Double> g = new LinkedHashMap<>();
        g.put("orientation-certainty", m.orientationCertainty());
        g.put("local-clarity", m.localClarity());
        g.put("frequency-domain", m.frequencyDomain());
        g.put("ridge-valley-uniformity", m.ridgeValleyUniformity());
        g.put("orientation-flow", m.orientationFlow());
        g.put("contrast", m.roiContrast());
        g.put("minutiae", (double) minutiae);
        double sum = 0;
        Map<String, Double> goodness = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : RAMPS.entrySet()) {
            double[] r = e.getValue();
            double value = ramp(g.get(e.getKey()), r[1], r[2]);
            goodness.put(e.getKey(), value);
            sum += r[0] * value;
        }
        double area = Math.min(1, m.foregroundPixels() / FULL_AREA_PIXELS);
        goodness.put("area", area);
        double score = m.foregroundBlocks() == 0 ? 0 : (SCALE * sum * 100 + OFFSET) * area;
        return new PrintQuality(Math.max(0, Math.min(100, Math.round(score * 10) / 10.0)), m, minutiae, goodness);
    }

    private static double ramp(double value, double bad, double good) {
        double t = (value - bad) / (good - bad);
        return Math.max(0, Math.min(1, t));
    }

    static String weakest(PrintQuality q) {
        String worst = "area";
        double lost = (1 - q.goodness().getOrDefault("area", 1.0));
        for (Map.Entry<String, double[]> e : RAMPS.entrySet()) {
            double l = e.getValue()[0] * (1 - q.goodness().getOrDefault(e.getKey(), 0.0)) * 2;
            if (l > lost) {
                lost = l;
                worst = e.getKey();
            }
        }
        return worst;
    }
}
