package io.enrollment.qc;

/** The input is not a readable sample of the expected modality; the message says what is wrong with it. */
public class UnreadableSampleException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableSampleException(String message) {
        super(message);
    }

    public UnreadableSampleException(String message, Throwable cause) {
        super(message, cause);
    }
}
