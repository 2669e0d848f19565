package io.enrollment.app.enroll;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.review.RejectedCapture;
import io.enrollment.app.review.RejectedCaptureVault;
import io.enrollment.app.review.RuleFailure;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SigningException;
import java.io.IOException;
import java.time.Clock;
import java.util.UUID;

/**
 * Records a capture that failed quality control after the retries (R-QC-3): the failure event (figures
 * only, signed by the operator, sealed to the central system) goes to the queue, and the sample itself is
 * kept sealed to the supervisors for review.
 */
public final class RejectionRecorder {
    private final RejectedCaptureVault vault;
    private final QueueStore queue;
    private final PackageSealer eventSealer;
    private final Clock clock;
    private final Runnable afterEnqueue;
    private final java.util.Optional<AuditTrail> audit;

    /** Without an audit trail (tools that keep none). */
    public RejectionRecorder(RejectedCaptureVault vault, QueueStore queue, PackageSealer eventSealer, Clock clock,
                             Runnable afterEnqueue) {
        this(vault, queue, eventSealer, clock, java.util.Optional.empty(), afterEnqueue);
    }

    /**
     * @param audit        where the rejection is recorded (modality and failing rule ids only)
     * @param afterEnqueue told when the event was queued (wakes the transmitter)
     */
    public RejectionRecorder(RejectedCaptureVault vault, QueueStore queue, PackageSealer eventSealer, Clock clock,
                             AuditTrail audit, Runnable afterEnqueue) {
        this(vault, queue, eventSealer, clock, java.util.Optional.of(audit), afterEnqueue);
    }

    private RejectionRecorder(RejectedCaptureVault vault, QueueStore queue, PackageSealer eventSealer, Clock clock,
                              java.util.Optional<AuditTrail> audit, Runnable afterEnqueue) {
        this.audit = audit;
        this.vault = vault;
        this.queue = queue;
        this.eventSealer = eventSealer;
        this.clock = clock;
        this.afterEnqueue = afterEnqueue;
    }

    /**
     * @throws IOException, SigningException, QueueException when the rejection could not be kept; the caller shows it
     */
    public RejectedCapture record(OfficerSession operator, Modality modality, QualityReport report, byte[] sample,
                                  String mediaType) throws IOException, SigningException, QueueException {
        RejectedCapture r = new RejectedCapture(UUID.randomUUID(), clock.instant(), operator.officer().subjectDn(),
                operator.officer().serialHex(), modality, report.failures().stream().map(RuleFailure::of).toList(),
                mediaType, null, null, null);
        vault.store(r, sample);
        byte[] event = eventSealer.seal(operator, RejectedCaptureVault.eventJson(r)).envelope();
        queue.enqueue(r.id(), ItemKind.QC_FAILURE, event, null);
        audit.ifPresent(a -> a.captureRejected(operator.officer(), r.id(), modality,
                report.failures().stream().map(io.enrollment.core.quality.CheckResult::id).distinct().toList()));
        afterEnqueue.run();
        return r;
    }
}
