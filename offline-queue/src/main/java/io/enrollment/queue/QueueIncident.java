package io.enrollment.queue;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A security incident the queue detected (R-INC-1): the incident register records and reports it.
 *
 * @param item the queue item concerned
 */
public record QueueIncident(Type type, Instant at, UUID item, String detail) {
    public enum Type {
        /** The payload on disk does not match its row (or is missing): modified or damaged at rest. */
        TAMPERED_ITEM,
        /** The central system's receipt did not verify or did not match what was sent. */
        RECEIPT_INVALID,
        /** The central system already holds this id with other content. */
        ID_CONFLICT,
        /** The central system refused the package after verifying it (signature, hashes). */
        REJECTED_BY_CENTRAL
    }

    public QueueIncident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(detail, "detail");
    }

    /** Receives incidents; must not block or throw. */
    @FunctionalInterface
    public interface Listener {
        Listener NONE = incident -> { };

        void onIncident(QueueIncident incident);
    }
}
