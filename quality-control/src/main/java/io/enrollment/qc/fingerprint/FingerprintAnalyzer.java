package io.enrollment.qc.fingerprint;

import io.enrollment.core.Modality;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.FingerPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges one print against the profile (R-FP-2): input rules (grey 8-bit, resolution, size), then the quality
 * score (NFIQ 2-like), the finger area and the minutiae count of its SourceAFIS template. Every result carries the
 * measured value, the profile's threshold and the rule.
 */
public final class FingerprintAnalyzer {
    static final String ID_BITS = "WS-FINGER-BITS";
    static final String ID_CHANNELS = "WS-FINGER-CHANNELS";
    static final String ID_DPI = "WS-FINGER-DPI";
    static final String ID_SIZE = "WS-FINGER-SIZE";
    static final String ID_AREA = "WS-FINGER-AREA";
    static final String ID_MINUTIAE = "WS-FINGER-MINUTIAE";
    static final String ID_QUALITY = "R-FP-2";

    private final String profileId;
    private final FingerThresholds t;

    public FingerprintAnalyzer(String profileId, FingerThresholds thresholds) {
        this.profileId = profileId;
        this.t = thresholds;
    }

    public FingerThresholds thresholds() {
        return t;
    }

    /** Analyses a decoded file; {@code position} goes into the ISO template (null: unknown). */
    public PrintAnalysis analyze(DecodedPrint decoded, FingerPosition position) {
        List<CheckResult> checks = new ArrayList<>();
        checks.add(CheckResult.measured(ID_BITS, "bits-per-sample", decoded.bitsPerSample(), Comparison.EQUAL, t.bits(),
                "bit", "store the print as 8-bit grey", decoded.format() + " file"));
        checks.add(CheckResult.measured(ID_CHANNELS, "channels", decoded.channels(), Comparison.EQUAL, t.channels(),
                "channel", "store the print as a single grey channel, not colour", decoded.format() + " file"));
        PrintImage input = decoded.image();
        String dpiDetail = "resolution " + (decoded.dpiSource() == DecodedPrint.DpiSource.ASSUMED
                ? "not recorded in the file: " + fmt(input.dpi()) + " ppi assumed (state it with --dpi)"
                : (decoded.dpiSource() == DecodedPrint.DpiSource.GIVEN ? "given" : "from the file") + ": " + fmt(input.dpi()) + " ppi")
                + (Math.abs(input.dpi() - t.dpi()) >= 0.5 ? "; resampled to " + fmt(t.dpi()) + " ppi for measuring" : "");
        CheckResult low = CheckResult.measured(ID_DPI, "resolution-min", input.dpi(), Comparison.AT_LEAST, t.dpiMin(), "ppi",
                "the image resolution is too low to measure ridges: capture at " + fmt(t.dpi()) + " ppi", dpiDetail);
        CheckResult high = CheckResult.measured(ID_DPI, "resolution-max", input.dpi(), Comparison.AT_MOST, t.dpiMax(), "ppi",
                "the image resolution is implausibly high for a fingerprint: check the --dpi value", dpiDetail);
        checks.add(low);
        checks.add(high);
        if (low.failed() || high.failed()) {
            return notMeasured(checks, "resolution " + fmt(input.dpi()) + " ppi is outside "
                    + fmt(t.dpiMin()) + "–" + fmt(t.dpiMax()) + " ppi that can be resampled to " + fmt(t.dpi()) + " ppi");
        }
        PrintImage image = Resampler.toDpi(input, t.dpi());
        String sizeDetail = image.width() + "×" + image.height() + " px at " + fmt(t.dpi()) + " ppi";
        CheckResult small = CheckResult.measured(ID_SIZE, "shortest-side", Math.min(image.width(), image.height()),
                Comparison.AT_LEAST, t.sizeMin(), "px", "the image is too small to hold a fingerprint", sizeDetail);
        CheckResult large = CheckResult.measured(ID_SIZE, "longest-side", Math.max(image.width(), image.height()),
                Comparison.AT_MOST, t.sizeMax(), "px", "the image is larger than any fingerprint: is it a photo or a page?",
                sizeDetail);
        checks.add(small);
        checks.add(large);
        if (small.failed() || large.failed()) {
            return notMeasured(checks, "image size " + sizeDetail + " is outside the limits");
        }
        PrintMeasures measures = PrintMeasurer.measure(image);
        PrintTemplate template = FingerprintTemplates.extract(image, position);
        PrintQuality quality = QualityScore.of(measures, template.minutiaeCount());
        checks.add(CheckResult.measured(ID_AREA, "finger-area", measures.foregroundPixels(), Comparison.AT_LEAST, t.areaMin(),
                "px", areaGuidance(measures), String.format(Locale.ROOT, "%.0f mm² of ridges",
                        measures.foregroundPixels() * Math.pow(25.4 / t.dpi(), 2))));
        checks.add(CheckResult.measured(ID_MINUTIAE, "minutiae", template.minutiaeCount(), Comparison.AT_LEAST, t.minutiaeMin(),
                "count", "too few ridge details were found: clean the finger and the glass, press a little firmer",
                "from the SourceAFIS template's ISO/IEC 19794-2 export"));
        checks.add(CheckResult.measured(ID_QUALITY, "quality-score", quality.score(), Comparison.AT_LEAST, t.qualityMin(),
                "score", qualityGuidance(quality), "quality score (NFIQ 2-like, not NFIQ 2): " + quality.describe()));
        return new PrintAnalysis(new QualityReport(Modality.FINGERPRINT, profileId, checks), image, quality, template);
    }

    private PrintAnalysis notMeasured(List<CheckResult> checks, String why) {
        checks.add(CheckResult.notVerified(ID_QUALITY, "quality-score", Comparison.AT_LEAST, t.qualityMin(), "score",
                "quality not measured: " + why));
        return new PrintAnalysis(new QualityReport(Modality.FINGERPRINT, profileId, checks), null, null, null);
    }

    private static String areaGuidance(PrintMeasures m) {
        if (m.foregroundBlocks() == 0) {
            return m.mu() < 40 ? "the image is dark all over: clean the scanner glass, dry the finger, and try again"
                    : "no finger in the image: place the finger flat on the scanner glass";
        }
        return "too little of the finger touched the glass: place it flat, centred, covering the glass";
    }

    private static String qualityGuidance(PrintQuality q) {
        switch (q.weakestMeasure()) {
            case "area":
                return "too little of the finger touched the glass: place it flat and centred";
            case "contrast":
                return "ridges are faint: press a little firmer; if the finger is dry, moisten it slightly";
            case "orientation-flow":
            case "orientation-certainty":
                return "ridges are smeared or unclear: hold the finger still and do not slide it";
            case "minutiae":
                return "too few ridge details: clean the finger and the glass and try again";
            default:
                return "ridges are unclear: clean the glass, wipe the finger (not too dry, not too wet) and try again";
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
