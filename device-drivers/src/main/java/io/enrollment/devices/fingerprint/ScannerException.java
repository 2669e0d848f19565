package io.enrollment.devices.fingerprint;

import java.util.Objects;

/**
 * A fingerprint scanner could not do what was asked. The message says what went wrong in words an
 * operator or field engineer can act on; {@link #reason()} lets callers decide whether a retry makes sense.
 */
public class ScannerException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is. */
    public enum Reason {
        /** The serial port path does not exist or cannot be opened. */
        PORT_UNAVAILABLE(false),
        /** The scanner did not answer in time (silence on the line, a stalled transfer, an unplugged device). */
        TIMEOUT(true),
        /** The port went away while in use (USB adapter unplugged, pty closed). */
        DISCONNECTED(false),
        /** A packet arrived with a wrong checksum. */
        CHECKSUM(true),
        /** The scanner sent something the protocol does not allow (wrong length, missing packets). */
        PROTOCOL(true),
        /** The scanner answered with an error confirmation code. */
        DEVICE_ERROR(false),
        /** Nobody put a finger on the sensor in time. */
        NO_FINGER(true);

        private final boolean retryable;

        Reason(boolean retryable) {
            this.retryable = retryable;
        }

        /** Whether trying the same operation again may succeed. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Reason reason;

    public ScannerException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public ScannerException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
