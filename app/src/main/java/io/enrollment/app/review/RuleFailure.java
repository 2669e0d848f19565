package io.enrollment.app.review;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.CheckResult;

/** One failed rule of a rejected capture, as supervisors see it: never biometric data, only figures. */
public record RuleFailure(String ruleId, String name, double measured, String comparison, double threshold, String unit) {
    public static RuleFailure of(CheckResult c) {
        return new RuleFailure(c.id(), c.name(), c.measured(), c.comparison().symbol(), c.threshold(), c.unit());
    }

    /**
     * The failure in the screen's language, e.g. {@code R-FACE-2 head turned (yaw) 31.20 deg (≤ 5)}: the check's
     * name and unit as the rule indicators word them ({@code check.name.*}, {@code unit.*}).
     */
    public String describe(Messages messages) {
        return ruleId + " " + messages.getOr("check.name." + name, name) + " " + Messages.figure(measured) + " "
                + messages.getOr("unit." + unit, unit) + " (" + comparison + " " + Messages.figure(threshold) + ")";
    }
}
