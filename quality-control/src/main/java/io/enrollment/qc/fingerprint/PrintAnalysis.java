package io.enrollment.qc.fingerprint;

import io.enrollment.core.quality.QualityReport;
import java.util.Optional;

/**
 * Everything learnt about one print.
 *
 * @param report   the per-rule checks
 * @param image    the print at the measuring resolution (500 ppi); null when the input rules stopped the analysis
 * @param quality  the score and its measures; null when not measured
 * @param template the template; null when not extracted
 */
public record PrintAnalysis(QualityReport report, PrintImage image, PrintQuality quality, PrintTemplate template) {
    public Optional<PrintQuality> qualityIfMeasured() {
        return Optional.ofNullable(quality);
    }

    /** The score, or 0 when nothing could be measured. */
    public double score() {
        return quality == null ? 0 : quality.score();
    }

    public boolean accepted() {
        return report.verdict() == io.enrollment.core.quality.Verdict.PASS;
    }
}
