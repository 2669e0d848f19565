package io.enrollment.signing;

import java.time.Instant;
import java.util.Objects;

/**
 * A security-relevant event seen by the signing module (R-INC-1): the incident register records
 * and reports these. Never carries a PIN or key material.
 *
 * @param type    what happened
 * @param at      when
 * @param token   which token (label and serial number, or the PKCS#12 file for a software token)
 * @param subject the officer certificate's subject where known, otherwise empty
 * @param detail  a specific, human-readable description
 */
public record SecurityEvent(Type type, Instant at, String token, String subject, String detail) {

    /** Kinds of security event. */
    public enum Type {
        /** One wrong PIN. */
        LOGIN_FAILED,
        /** The configured number of consecutive wrong PINs was reached: a possible guessing attack. */
        REPEATED_LOGIN_FAILURES,
        /** The PIN is locked, by the token or by this workstation's policy. */
        PIN_LOCKED,
        /** A token was removed, or its session lost, while an officer was logged in. */
        TOKEN_REMOVED,
        /** An officer certificate was refused (expired, wrong key usage, untrusted chain ...). */
        CERTIFICATE_REJECTED
    }

    public SecurityEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        token = token == null ? "" : token;
        subject = subject == null ? "" : subject;
        Objects.requireNonNull(detail, "detail");
    }
}
