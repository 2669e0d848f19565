package io.enrollment.queue;

/**
 * Life of a queued item: QUEUED → SENDING → DELIVERED, or FAILED when a person must decide, or PURGED when
 * consent was withdrawn before delivery (R-GEN-3). Only DELIVERED and PURGED items have no payload left.
 */
public enum ItemState {
    QUEUED, SENDING, DELIVERED, FAILED, PURGED;

    public boolean isPending() {
        return this == QUEUED || this == SENDING;
    }
}
