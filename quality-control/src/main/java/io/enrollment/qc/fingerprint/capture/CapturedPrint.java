package io.enrollment.qc.fingerprint.capture;

import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.core.sample.FingerprintSample;
import java.util.Arrays;
import java.util.Objects;

/**
 * A print kept for a finger: the PNG at 500 ppi, its quality report and score, and — only when the print was
 * accepted (R-FP-2, R-QC-3) — its ISO/IEC 19794-2:2011 template.
 *
 * @param isoTemplate null when the print was not accepted
 */
public record CapturedPrint(FingerPosition finger, byte[] png, int dpi, byte[] isoTemplate, QualityReport report,
                            double score, int attempt) {
    public CapturedPrint {
        Objects.requireNonNull(finger, "finger");
        png = png.clone();
        isoTemplate = isoTemplate == null ? null : isoTemplate.clone();
        Objects.requireNonNull(report, "report");
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public byte[] isoTemplate() {
        return isoTemplate == null ? null : isoTemplate.clone();
    }

    public boolean accepted() {
        return isoTemplate != null;
    }

    /** The sample for the enrollment package. */
    public FingerprintSample toSample(CaptureMetadata metadata) {
        return new FingerprintSample(finger, png, dpi, isoTemplate, metadata, report);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CapturedPrint c && finger == c.finger && Arrays.equals(png, c.png) && dpi == c.dpi
                && Arrays.equals(isoTemplate, c.isoTemplate) && report.equals(c.report) && score == c.score
                && attempt == c.attempt;
    }

    @Override
    public int hashCode() {
        return Objects.hash(finger, Arrays.hashCode(png), dpi, Arrays.hashCode(isoTemplate), report, score, attempt);
    }

    @Override
    public String toString() {
        return "CapturedPrint[" + finger + ", score " + score + (accepted() ? ", accepted" : ", not accepted") + "]";
    }
}
