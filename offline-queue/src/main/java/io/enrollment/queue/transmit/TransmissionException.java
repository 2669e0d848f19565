package io.enrollment.queue.transmit;

/**
 * An attempt to send failed. {@link #permanent()} says whether trying again can help: a server that is down,
 * slow or answers 5xx is transient; a conflict or a malformed request is permanent and needs a person.
 */
public class TransmissionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean permanent;
    private final boolean unreachable;

    public TransmissionException(String message, boolean permanent, boolean unreachable, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
        this.unreachable = unreachable;
    }

    public static TransmissionException transientFailure(String message) {
        return new TransmissionException(message, false, false, null);
    }

    public static TransmissionException permanentFailure(String message) {
        return new TransmissionException(message, true, false, null);
    }

    public boolean permanent() {
        return permanent;
    }

    /** The central system could not be reached at all (offline). */
    public boolean unreachable() {
        return unreachable;
    }
}
