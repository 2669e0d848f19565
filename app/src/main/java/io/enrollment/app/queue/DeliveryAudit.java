package io.enrollment.app.queue;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audits what the transmitter completed: each item the central system confirmed (DELIVERED: its signed receipt
 * verified) gets a TRANSMISSION "delivered" record with the receipt's digest and a PURGE record — the queue
 * erases a delivered item's payload in the same step (R-STORE-1). Polled by the running application; the items
 * already audited are read back from the trail at start, so a restart does not record them twice.
 */
public final class DeliveryAudit {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryAudit.class);
    private final QueueStore queue;
    private final AuditTrail audit;
    private final Set<String> audited = new HashSet<>();

    public DeliveryAudit(QueueStore queue, AuditTrail audit) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.audit = Objects.requireNonNull(audit, "audit");
        try {
            for (AuditRecord r : audit.log().readAll()) {
                if (r.entry().action() == AuditAction.TRANSMISSION && r.entry().outcome().equals("delivered")) {
                    audited.add(r.entry().target());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // an unreadable trail is the self-check's finding (AUDIT_CHAIN_BROKEN); here it only means re-auditing
            LOG.warn("cannot read the audit trail back ({}): deliveries may be recorded again", e.getMessage());
        }
    }

    /** Records the deliveries not audited yet; returns how many. */
    public synchronized int poll() {
        List<QueueItem> delivered = queue.list(EnumSet.of(ItemState.DELIVERED));
        int n = 0;
        for (QueueItem item : delivered) {
            String target = item.kind().name().toLowerCase(java.util.Locale.ROOT) + " " + item.id();
            if (!audited.add(target)) {
                continue;
            }
            String digest = queue.receipt(item.id()).map(DeliveryAudit::sha256).orElse("none");
            audit.delivered(item.id(), item.kind().name(), item.receivedAt() == null ? item.createdAt() : item.receivedAt(), digest);
            audit.purged("system", target, "payload erased from this workstation after the central system's receipt");
            n++;
        }
        return n;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
