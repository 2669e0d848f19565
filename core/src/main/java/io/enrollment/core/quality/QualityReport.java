package io.enrollment.core.quality;

import io.enrollment.core.Modality;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All check results of one sample. The overall verdict is derived, never stored, so it cannot
 * disagree with the checks: any FAIL fails; otherwise any NOT_VERIFIED needs a person; otherwise PASS.
 */
public record QualityReport(Modality modality, String profileId, List<CheckResult> checks) {

    public QualityReport {
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(profileId, "profileId");
        checks = List.copyOf(checks);
        if (checks.isEmpty()) {
            throw new IllegalArgumentException("a quality report without checks proves nothing");
        }
    }

    public Verdict verdict() {
        if (checks.stream().anyMatch(CheckResult::failed)) {
            return Verdict.FAIL;
        }
        if (checks.stream().anyMatch(c -> c.verdict() == Verdict.NOT_VERIFIED)) {
            return Verdict.NOT_VERIFIED;
        }
        return Verdict.PASS;
    }

    /** The first failing check, in the order the checks were made (the order guidance is given in). */
    public Optional<CheckResult> firstFailure() {
        return checks.stream().filter(CheckResult::failed).findFirst();
    }

    /** One line for the operator: what to fix first, or empty when nothing fails. */
    public String guidance() {
        return firstFailure().map(CheckResult::guidance).orElse("");
    }

    public Optional<CheckResult> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public List<CheckResult> failures() {
        return checks.stream().filter(CheckResult::failed).toList();
    }
}
