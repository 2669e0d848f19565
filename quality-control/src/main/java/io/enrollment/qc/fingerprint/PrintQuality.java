package io.enrollment.qc.fingerprint;

import java.util.Locale;
import java.util.Map;

/**
 * The quality score (NFIQ 2-like, 0–100; not NFIQ 2) with the measures it came from.
 *
 * @param score     0 (unusable) … 100
 * @param measures  the block measures
 * @param minutiae  minutiae in the SourceAFIS template
 * @param goodness  each measure's contribution before weighting, 0–1, by measure name
 */
public record PrintQuality(double score, PrintMeasures measures, int minutiae, Map<String, Double> goodness) {
    public PrintQuality {
        goodness = Map.copyOf(goodness);
    }

    /** The per-measure values as one line for reports ({@code key=value}, no biometric data). */
    public String describe() {
        PrintMeasures m = measures;
        return String.format(Locale.ROOT, "foreground=%.2f (%d px), orientation-certainty=%.3f, local-clarity=%.3f, "
                        + "frequency-domain=%.3f, ridge-valley-ratio=%.3f, ridge-valley-uniformity=%.3f, orientation-flow=%.3f, "
                        + "contrast=%.1f, mean-grey=%.1f, minutiae=%d",
                m.foregroundFraction(), m.foregroundPixels(), m.orientationCertainty(), m.localClarity(), m.frequencyDomain(),
                m.ridgeValleyRatio(), m.ridgeValleyUniformity(), m.orientationFlow(), m.roiContrast(), m.mu(), minutiae);
    }

    /** The measure that pulls the score down most, for guidance. */
    public String weakestMeasure() {
        return QualityScore.weakest(this);
    }
}
