package io.enrollment.app.audit;

import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.CadesSigner;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the running application anchors its audit trail (signed anchors, {@link AuditAnchors}): at each
 * officer's logout with the officer's own token while it is still logged in, and every {@code every} records
 * with the workstation key in the background — so that a rewrite of the trail always has a recent signature
 * to break.
 */
public final class AuditAnchoring {
    private static final Logger LOG = LoggerFactory.getLogger(AuditAnchoring.class);

    /** Opens a session on the workstation's own key (see {@code WorkstationKey}). */
    @FunctionalInterface
    public interface KeyOpener {
        OfficerSession open() throws SigningException;
    }

    private final AuditLog log;
    private final AuditAnchors anchors;
    private final CadesSigner signer;
    private final Optional<KeyOpener> workstationKey;
    private final int every;
    private final Executor background;
    private final AtomicInteger sinceAnchor = new AtomicInteger();
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * @param every      records between two anchors made with the workstation key
     * @param background where those are signed (never the UI thread)
     */
    public AuditAnchoring(AuditLog log, AuditAnchors anchors, CadesSigner signer, Optional<KeyOpener> workstationKey,
                          int every, Executor background) {
        this.log = Objects.requireNonNull(log, "log");
        this.anchors = Objects.requireNonNull(anchors, "anchors");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.workstationKey = Objects.requireNonNull(workstationKey, "workstationKey");
        if (every < 1) {
            throw new IllegalArgumentException("anchor every at least 1 record, was " + every);
        }
        this.every = every;
        this.background = Objects.requireNonNull(background, "background");
    }

    /** Listens to the trail: counts records and anchors in the background every {@code every} of them. */
    public void onRecord(AuditRecord r) {
        if (r.entry().action() == AuditAction.ANCHOR) {
            sinceAnchor.set(0);
            return;
        }
        if (sinceAnchor.incrementAndGet() >= every && workstationKey.isPresent() && pending.compareAndSet(false, true)) {
            background.execute(() -> {
                try {
                    withWorkstationKey();
                } finally {
                    pending.set(false);
                }
            });
        }
    }

    /**
     * Anchors with a logged-in officer's token (at logout, before the session ends).
     *
     * @return the anchor record, or empty when the token could not sign (the reason is logged)
     */
    public Optional<AuditRecord> withSession(OfficerSession session) {
        try {
            AuditRecord r = anchors.anchor(log, signer, session);
            sinceAnchor.set(0);
            return Optional.of(r);
        } catch (SigningException | IOException | RuntimeException e) {
            // the edge: a token that cannot sign here (removed, key needs its PIN again) leaves the trail unanchored now
            LOG.warn("audit trail not anchored with the officer's token: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Anchors with the workstation key, when it is configured. */
    public Optional<AuditRecord> withWorkstationKey() {
        if (workstationKey.isEmpty()) {
            return Optional.empty();
        }
        try (OfficerSession session = workstationKey.get().open()) {
            AuditRecord r = anchors.anchor(log, signer, session);
            sinceAnchor.set(0);
            return Optional.of(r);
        } catch (SigningException | IOException | RuntimeException e) {
            LOG.warn("audit trail not anchored with the workstation key: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
