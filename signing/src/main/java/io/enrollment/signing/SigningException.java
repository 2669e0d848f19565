package io.enrollment.signing;

import java.util.Objects;

/**
 * The one checked exception of the signing module. {@link #error()} says what kind of failure it
 * is (and gives the message key); the message says specifically what is wrong, in English, and
 * never contains a PIN or key material.
 */
public class SigningException extends Exception {
    private static final long serialVersionUID = 1L;

    private final SigningError error;

    public SigningException(SigningError error, String message) {
        super(message);
        this.error = Objects.requireNonNull(error, "error");
    }

    public SigningException(SigningError error, String message, Throwable cause) {
        super(message, cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** The kind of failure. */
    public SigningError error() {
        return error;
    }
}
