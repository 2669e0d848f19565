package io.enrollment.signing;

import java.util.Locale;

/**
 * What went wrong while logging in, signing, time-stamping or enveloping. Each constant has a stable
 * message key ({@code signing.error.<name>}) for the user interface.
 */
public enum SigningError {
    /** The PIN was rejected by the token. */
    WRONG_PIN,
    /** The token (or this workstation, after too many wrong PINs) has locked the PIN. */
    PIN_LOCKED,
    /** The officer cancelled PIN entry, or the callback handler could not ask. */
    LOGIN_CANCELLED,
    /** No token: the PKCS#11 library is missing, the slot does not exist or holds no token. */
    NO_TOKEN,
    /** The token was removed, or its session was lost, while logged in: the session has ended. */
    TOKEN_REMOVED,
    /** The token holds no private key with a matching certificate under the same CKA_ID. */
    NO_KEY,
    /** The officer certificate's validity period ended before the time of use. */
    CERTIFICATE_EXPIRED,
    /** The officer certificate's validity period starts after the time of use. */
    CERTIFICATE_NOT_YET_VALID,
    /** The certificate allows neither digitalSignature nor nonRepudiation. */
    WRONG_KEY_USAGE,
    /** The certificate does not chain to a configured trust anchor. */
    UNTRUSTED_CHAIN,
    /** The key or requested algorithm is not one this module supports. */
    UNSUPPORTED_ALGORITHM,
    /** The session was already closed (logout or removal). */
    SESSION_CLOSED,
    /** The time-stamp authority could not be reached. */
    TIMESTAMP_UNAVAILABLE,
    /** The time-stamp authority answered, but not with a usable time-stamp. */
    TIMESTAMP_FAILED,
    /** An envelope could not be made or opened (no matching recipient, wrong key, tampered). */
    ENVELOPE_FAILED,
    /** A cryptographic operation failed for another reason (the message says which). */
    CRYPTO_FAILURE;

    /** Stable key for localised user messages, e.g. {@code signing.error.wrong_pin}. */
    public String messageKey() {
        return "signing.error." + name().toLowerCase(Locale.ROOT);
    }
}
