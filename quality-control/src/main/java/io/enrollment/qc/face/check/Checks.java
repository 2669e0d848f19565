package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.util.Locale;

/** Small helpers shared by the rules. */
final class Checks {
    private Checks() {
    }

    static CheckResult measured(String id, String name, double value, Comparison c, double threshold, String unit,
                                GuidanceMessage guidance, Language language, String detail) {
        return CheckResult.measured(id, name, round(value), c, threshold, unit, guidance.text(language), detail);
    }

    /** No face to measure: the rule cannot be judged on this image. */
    static CheckResult noFace(String id, String name, Comparison c, double threshold, String unit) {
        return CheckResult.notVerified(id, name, c, threshold, unit, "no face found, nothing to measure");
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
