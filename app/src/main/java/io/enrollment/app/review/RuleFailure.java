package io.enrollment.app.review;

import io.enrollment.core.quality.CheckResult;

/** One failed rule of a rejected capture, as supervisors see it: never biometric data, only figures. */
public record RuleFailure(String ruleId, String name, double measured, String comparison, double threshold, String unit) {
    public static RuleFailure of(CheckResult c) {
        return new RuleFailure(c.id(), c.name(), c.measured(), c.comparison().symbol(), c.threshold(), c.unit());
    }

    /** e.g. {@code R-FACE-3 yaw 31.2 deg (≤ 5.0)}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s %s %.1f %s (%s %.1f)", ruleId, name, measured, unit, comparison, threshold);
    }
}
