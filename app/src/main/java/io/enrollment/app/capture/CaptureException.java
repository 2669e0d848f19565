package io.enrollment.app.capture;

/** A capture device could not deliver (missing, unplugged, failed); the message names what is wrong. */
public final class CaptureException extends Exception {
    private static final long serialVersionUID = 1L;

    public CaptureException(String message) {
        super(message);
    }

    public CaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
