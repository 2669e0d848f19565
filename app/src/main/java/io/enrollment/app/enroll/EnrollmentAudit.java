package io.enrollment.app.enroll;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.core.Attestation;
import io.enrollment.core.Officer;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.Sample;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The audit records of one enrollment's steps, written when the officer completes a step: consent given,
 * each capture accepted (modality, finger, rule ids), each confirmation or exception the officer gave in place of
 * an automatic check. A step completed again after going back records only what is new.
 */
final class EnrollmentAudit {
    private final AuditTrail audit;
    private final Enrollment enrollment;
    private final Supplier<Officer> officer;
    private final Set<Object> recorded = Collections.newSetFromMap(new IdentityHashMap<>());

    EnrollmentAudit(AuditTrail audit, Enrollment enrollment, Supplier<Officer> officer) {
        this.audit = audit;
        this.enrollment = enrollment;
        this.officer = officer;
    }

    void stepCompleted(WizardStep step) {
        switch (step) {
            case CONSENT -> enrollment.consent().filter(recorded::add)
                    .ifPresent(c -> audit.consent(officer.get(), enrollment.id(), c.textVersion()));
            case FACE -> enrollment.face().ifPresent(this::accepted);
            case VOICE -> enrollment.voice().ifPresent(this::accepted);
            case FINGERS -> enrollment.fingerprints().forEach(this::accepted);
            default -> {
                return;
            }
        }
        for (Attestation a : enrollment.attestations()) {
            if (recorded.add(a)) {
                audit.override(officer.get(), enrollment.id(), a);
            }
        }
    }

    private void accepted(Sample s) {
        if (recorded.add(s)) {
            String position = s instanceof FingerprintSample f ? f.position().name() : "";
            audit.captureAccepted(officer.get(), enrollment.id(), s.modality(), position, s.quality());
        }
    }
}
