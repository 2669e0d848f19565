package io.enrollment.queue.transmit;

/** A receipt that does not prove delivery: unsigned, signed by another key, or about something else. */
public class InvalidReceiptException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidReceiptException(String message) {
        super(message);
    }

    public InvalidReceiptException(String message, Throwable cause) {
        super(message, cause);
    }
}
