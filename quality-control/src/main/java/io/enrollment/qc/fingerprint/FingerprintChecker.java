package io.enrollment.qc.fingerprint;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import java.util.Map;

/** {@code workstation qc finger FILE… [--dpi N]}: the stored-print side of fingerprint quality control (R-FP-2). */
public final class FingerprintChecker implements SampleChecker {
    @Override
    public Modality modality() {
        return Modality.FINGERPRINT;
    }

    @Override
    public Map<String, Boolean> options() {
        return Map.of("dpi", true);
    }

    @Override
    public String optionsUsage() {
        return "[--dpi 500]";
    }

    @Override
    public QualityReport check(byte[] data, Profile profile, Map<String, String> options) throws UnreadableSampleException {
        FingerThresholds thresholds = FingerThresholds.of(profile);
        double dpi = 0;
        if (options.containsKey("dpi")) {
            try {
                dpi = Double.parseDouble(options.get("dpi"));
            } catch (NumberFormatException e) {
                throw new UnreadableSampleException("--dpi must be a number of pixels per inch, was '" + options.get("dpi") + "'", e);
            }
            if (!(dpi >= 50 && dpi <= 5000)) {
                throw new UnreadableSampleException("--dpi " + options.get("dpi") + " is not a plausible resolution (50–5000)");
            }
        }
        DecodedPrint decoded = PrintDecoder.decode(data, dpi, thresholds.dpi());
        return new FingerprintAnalyzer(profile.id(), thresholds).analyze(decoded, null).report();
    }
}
