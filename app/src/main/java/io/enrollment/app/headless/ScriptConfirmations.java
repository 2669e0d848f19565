package io.enrollment.app.headless;

import io.enrollment.core.Attestation;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.fingerprint.capture.FingerException;
import java.time.Instant;
import java.util.List;

/**
 * The confirmations an operator gives in the GUI for rules software cannot verify (looking at the image,
 * listening to the take, declaring a finger missing). In a headless run nobody looks or listens, and the
 * statements say so: the central system can tell a demo script's confirmation from a person's.
 */
final class ScriptConfirmations {
    private static final String PREFIX = "DEMO headless run, no person looked or listened: confirmed by the demo script: ";

    private ScriptConfirmations() {
    }

    /** One attestation per rule of {@code report} that software could not verify. */
    static List<Attestation> unverified(QualityReport report, String officerId, Instant at) {
        return report.checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                .map(c -> new Attestation(c.id(), PREFIX + c.name() + " holds", officerId, at)).toList();
    }

    /** R-FP-1: the fingers recorded as missing. */
    static List<Attestation> missingFingers(List<FingerException> missing, Instant at) {
        return missing.stream().map(e -> new Attestation("R-FP-1", PREFIX + e.finger() + " not captured: " + e.reason(),
                e.confirmedBy(), at)).toList();
    }
}
