package io.enrollment.queue.store;

import io.enrollment.queue.QueueException;

/** A queued item was changed at rest; it is not sent, and an incident has been raised. */
public class TamperedItemException extends QueueException {
    private static final long serialVersionUID = 1L;

    public TamperedItemException(String message) {
        super(message);
    }
}
