package io.enrollment.signing.token;

import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.util.Objects;

/**
 * Why a certificate is not acceptable.
 *
 * @param error   EXPIRED / NOT_YET_VALID / WRONG_KEY_USAGE / UNTRUSTED_CHAIN
 * @param message specific description
 */
public record CertificateProblem(SigningError error, String message) {
    public CertificateProblem {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }

    /** As an exception. */
    public SigningException toException() {
        return new SigningException(error, message);
    }
}
