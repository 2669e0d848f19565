package io.enrollment.queue;

/** The queue cannot do what was asked (storage full, database locked or damaged); the message says which. */
public class QueueException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueueException(String message) {
        super(message);
    }

    public QueueException(String message, Throwable cause) {
        super(message, cause);
    }
}
