package io.enrollment.core.quality;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One quality check: what was measured, the profile's threshold it was held against, and the rule
 * it proves. Never a bare boolean: the verdict is computed here from the numbers, so a check cannot
 * report PASS with a measurement that breaks its threshold.
 *
 * @param id          requirement ID ({@code R-FACE-2}) or, for checks no rule names but without which
 *                    a sample is useless (sharpness, clipping), a workstation check ID ({@code WS-FACE-SHARPNESS})
 * @param name        short machine name ({@code yaw})
 * @param measured    measured value; NaN when nothing could be measured
 * @param comparison  how {@code measured} is compared with {@code threshold}
 * @param threshold   the profile's threshold
 * @param unit        unit of both numbers ({@code deg}, {@code px}, {@code dB}, {@code bool}, …)
 * @param verdict     PASS, FAIL or NOT_VERIFIED
 * @param guidance    what the operator or subject should do; empty when it passes
 * @param detail      free text for the report (never biometric data); may be empty
 */
public record CheckResult(
        String id,
        String name,
        double measured,
        Comparison comparison,
        double threshold,
        String unit,
        Verdict verdict,
        String guidance,
        String detail) {

    private static final Pattern ID = Pattern.compile("R-[A-Z]+-\\d+|WS-[A-Z]+-[A-Z0-9-]+");

    public CheckResult {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("check id must look like R-FACE-2 or WS-FACE-SHARPNESS: " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(verdict, "verdict");
        guidance = guidance == null ? "" : guidance;
        detail = detail == null ? "" : detail;
        if (verdict != Verdict.NOT_VERIFIED) {
            if (Double.isNaN(measured)) {
                throw new IllegalArgumentException(id + ": a PASS or FAIL needs a measured value");
            }
            boolean holds = comparison.holds(measured, threshold);
            if (holds != (verdict == Verdict.PASS)) {
                throw new IllegalArgumentException(id + ": verdict " + verdict + " contradicts "
                        + measured + " " + comparison.symbol() + " " + threshold);
            }
        }
    }

    /** A measured check; the verdict follows from the comparison. */
    public static CheckResult measured(String id, String name, double measured, Comparison comparison,
                                       double threshold, String unit, String guidanceIfFailed) {
        return measured(id, name, measured, comparison, threshold, unit, guidanceIfFailed, "");
    }

    public static CheckResult measured(String id, String name, double measured, Comparison comparison,
                                       double threshold, String unit, String guidanceIfFailed, String detail) {
        if (Double.isNaN(measured)) {
            throw new IllegalArgumentException(id + ": measured value is NaN; use notVerified()");
        }
        Verdict verdict = comparison.holds(measured, threshold) ? Verdict.PASS : Verdict.FAIL;
        return new CheckResult(id, name, measured, comparison, threshold, unit, verdict,
                verdict == Verdict.PASS ? "" : guidanceIfFailed, detail);
    }

    /** The software could not decide; {@code reason} says why and what a person must confirm. */
    public static CheckResult notVerified(String id, String name, Comparison comparison, double threshold,
                                          String unit, String reason) {
        return new CheckResult(id, name, Double.NaN, comparison, threshold, unit, Verdict.NOT_VERIFIED, reason, reason);
    }

    public boolean passed() {
        return verdict == Verdict.PASS;
    }

    public boolean failed() {
        return verdict == Verdict.FAIL;
    }
}
