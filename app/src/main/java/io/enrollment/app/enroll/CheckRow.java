package io.enrollment.app.enroll;

import io.enrollment.app.i18n.Messages;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * One rule's verdict as the screens show it: an indicator, the rule, and the measured value against the
 * profile's threshold (shown on hover). {@code name} is the check's id as the quality report has it;
 * {@code label} is that name worded in the screen's language ({@code check.name.*}).
 */
public record CheckRow(String ruleId, String name, String label, Verdict verdict, String verdictText, String measuredText,
                       String guidance) {

    public static CheckRow of(CheckResult c, Messages messages) {
        String measured = c.verdict() == Verdict.NOT_VERIFIED
                ? messages.get("check.notMeasured", c.detail().isEmpty() ? c.guidance() : c.detail())
                : messages.get("check.measured", Messages.figure(c.measured()), unit(c, messages), c.comparison().symbol(),
                        Messages.figure(c.threshold()));
        String label = messages.getOr("check.name." + c.name(), c.name());
        String verdict = messages.get("verdict." + c.verdict().name().toLowerCase(Locale.ROOT));
        return new CheckRow(c.id(), c.name(), label, c.verdict(), verdict, measured, c.guidance());
    }

    public static List<CheckRow> of(List<CheckResult> checks, Messages messages) {
        return checks.stream().map(c -> of(c, messages)).toList();
    }

    private static String unit(CheckResult c, Messages messages) {
        return messages.getOr("unit." + c.unit(), c.unit());
    }

}
