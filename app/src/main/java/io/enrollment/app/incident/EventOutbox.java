package io.enrollment.app.incident;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.SigningException;
import java.util.Objects;
import java.util.UUID;

/**
 * Queues signed event documents (self-check reports, incidents) for the central system: sealed, then put in
 * the queue's event outbox under the event's own id, so that sending the same event twice is a no-op.
 */
public final class EventOutbox {
    private final QueueStore queue;
    private final EventSealer sealer;
    private final Runnable afterQueued;

    public EventOutbox(QueueStore queue, EventSealer sealer) {
        this(queue, sealer, () -> { });
    }

    /**
     * @param afterQueued told after an event was queued (the running application wakes its transmitter)
     */
    public EventOutbox(QueueStore queue, EventSealer sealer, Runnable afterQueued) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.afterQueued = Objects.requireNonNull(afterQueued, "afterQueued");
    }

    /**
     * Seals and queues.
     *
     * @throws EventException naming the step that failed (signing or queueing)
     */
    public QueueItem send(UUID id, ItemKind kind, byte[] document) throws EventException {
        if (kind.isPackage()) {
            throw new IllegalArgumentException("the event outbox takes events, not packages");
        }
        byte[] sealed;
        try {
            sealed = sealer.seal(document);
        } catch (SigningException e) {
            throw new EventException("cannot sign the " + kind + " event " + id + ": " + e.getMessage(), e);
        }
        QueueItem item;
        try {
            item = queue.enqueue(id, kind, sealed, null);
        } catch (QueueException e) {
            throw new EventException("cannot queue the " + kind + " event " + id + ": " + e.getMessage(), e);
        }
        afterQueued.run();
        return item;
    }

    /** The queue behind this outbox. */
    public QueueStore queue() {
        return queue;
    }

    /** An event could not be signed or queued. */
    public static final class EventException extends Exception {
        private static final long serialVersionUID = 1L;

        public EventException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
