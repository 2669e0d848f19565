package io.enrollment.app.selfcheck;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.incident.EventOutbox;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.app.selfcheck.items.ClockCheck;
import io.enrollment.app.selfcheck.items.StorageCheck;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.selfcheck.EnrollmentGate;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.ItemStatus;
import io.enrollment.core.selfcheck.SelfCheckReport;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-check as the rest of the application sees it (R-SELF-1): run it (from the GUI, the command line,
 * at start-up when due, or from the weekly job), keep the result, report it signed to the central system, turn
 * what it found into incidents, and answer whether enrollment may go on and why not.
 */
public final class SelfCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(SelfCheckService.class);

    private final SelfCheckRunner runner;
    private final SelfCheckHistory history;
    private final EnrollmentGate gate;
    private final Optional<EventOutbox> outbox;
    private final IncidentRegister incidents;
    private final AuditLog audit;
    private final Clock clock;
    private final Runnable detectors;

    public SelfCheckService(SelfCheckRunner runner, SelfCheckHistory history, EnrollmentGate gate,
                            Optional<EventOutbox> outbox, IncidentRegister incidents, AuditLog audit, Clock clock) {
        this(runner, history, gate, outbox, incidents, audit, clock, () -> { });
    }

    /**
     * @param detectors run after the items (e.g. the unknown-device scan); they raise their own incidents
     */
    public SelfCheckService(SelfCheckRunner runner, SelfCheckHistory history, EnrollmentGate gate,
                            Optional<EventOutbox> outbox, IncidentRegister incidents, AuditLog audit, Clock clock,
                            Runnable detectors) {
        this.detectors = detectors;
        this.runner = runner;
        this.history = history;
        this.gate = gate;
        this.outbox = outbox;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What one run produced.
     *
     * @param report          the report
     * @param queued          the queue item of its signed SELF_CHECK event, if it was queued
     * @param notQueuedReason why it was not queued (no key, no central certificate, signing failed …)
     * @param decision        the enrollment gate after this run
     */
    public record Outcome(SelfCheckReport report, Optional<QueueItem> queued, Optional<String> notQueuedReason,
                          EnrollmentGate.Decision decision) {
    }

    /**
     * Runs every item, stores the report, raises incidents, and queues the signed report.
     *
     * @param trigger {@code schedule}, {@code startup}, {@code operator} or {@code cli}
     * @throws UncheckedIOException when the report cannot be stored locally
     */
    public Outcome run(String trigger) {
        return run(trigger, SelfCheckRunner.Progress.NONE);
    }

    /** As {@link #run(String)}, telling {@code progress} before each item. */
    public Outcome run(String trigger, SelfCheckRunner.Progress progress) {
        SelfCheckReport report = runner.run(trigger, progress);
        try {
            history.save(report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the self-check report in " + history.dir() + ": " + e.getMessage(), e);
        }
        audit.append(new AuditEntry(AuditAction.SELF_CHECK, "system", report.id().toString(), report.overall().name(),
                "trigger " + trigger));
        raiseIncidents(report);
        try {
            detectors.run();
        } catch (RuntimeException e) { // a detector that fails must not lose the report
            LOG.error("a self-check detector failed", e);
        }
        Optional<QueueItem> queued = Optional.empty();
        Optional<String> reason = Optional.empty();
        if (outbox.isEmpty()) {
            reason = Optional.of("no event outbox: the workstation key or the central certificate is not configured");
        } else {
            try {
                queued = Optional.of(outbox.get().send(report.id(), ItemKind.SELF_CHECK, SelfCheckJson.encode(report)));
            } catch (EventOutbox.EventException e) {
                reason = Optional.of(e.getMessage());
                LOG.warn("self-check report {} not queued: {}", report.id(), e.getMessage());
            }
        }
        return new Outcome(report, queued, reason, gate.decide(Optional.of(report), clock.instant()));
    }

    private void raiseIncidents(SelfCheckReport report) {
        for (ItemResult item : report.items()) {
            if (item.status() != ItemStatus.FAIL) {
                continue;
            }
            if (item.item().equals("integrity")) {
                incidents.record(IncidentType.INTEGRITY_CHECK_FAILED, "selfcheck", item.summary());
            } else if (item.item().equals("clock") && item.measurements().stream()
                    .anyMatch(m -> m.name().equals(ClockCheck.ROLLBACK))) {
                incidents.record(IncidentType.CLOCK_ROLLBACK, "selfcheck", item.summary());
            } else if (item.item().equals("storage") && item.summary().key().equals(StorageCheck.QUEUE_DAMAGED)) {
                incidents.record(IncidentType.QUEUE_TAMPERED, "selfcheck", item.summary());
            } else if (item.item().equals("storage") && item.summary().key().equals(StorageCheck.AUDIT_BROKEN)) {
                incidents.record(IncidentType.AUDIT_CHAIN_BROKEN, "selfcheck", item.summary());
            }
        }
    }

    /** The last report, if any (unreadable counts as none: the gate then blocks). */
    public Optional<SelfCheckReport> last() {
        try {
            return history.last();
        } catch (IOException e) {
            LOG.warn("cannot read the last self-check report: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Whether enrollment may start now, with the reasons to show when it may not (R-SELF-1). */
    public EnrollmentGate.Decision enrollmentStatus() {
        return gate.decide(last(), clock.instant());
    }

    /** Whether a self-check must run at start-up (none yet, or the last is older than the profile allows). */
    public boolean dueAtStartup() {
        return dueWithin(java.time.Duration.ZERO);
    }

    /**
     * Whether the last self-check is missing or goes stale within {@code margin} (the running application runs
     * the weekly check a little before the gate would block).
     */
    public boolean dueWithin(java.time.Duration margin) {
        Optional<SelfCheckReport> last = last();
        return last.isEmpty() || !last.get().finishedAt().plus(gate.maxAge()).isAfter(clock.instant().plus(margin));
    }

    /** How many items a run checks (for progress). */
    public int itemCount() {
        return runner.items().size();
    }
}
