package io.enrollment.core.incident;

/**
 * Kinds of security incident (R-INC-1: breaches or attempted breaches of integrity, confidentiality or
 * availability). Each names what the workstation saw, not a guess at the cause.
 */
public enum IncidentType {
    /** The configured number of consecutive wrong PINs was reached on one token. */
    REPEATED_WRONG_PIN,
    /** A token PIN was locked, by the token or by this workstation. */
    PIN_LOCKED,
    /** A token was removed, or its session lost, while an officer was logged in or signing. */
    TOKEN_REMOVED,
    /** An officer certificate was refused (expired, wrong key usage, untrusted chain). */
    CERTIFICATE_REJECTED,
    /** A signature or hash did not verify. */
    SIGNATURE_INVALID,
    /** A queued item or the queue database was modified or damaged at rest. */
    QUEUE_TAMPERED,
    /** The central system's receipt did not verify or did not match what was sent. */
    RECEIPT_INVALID,
    /** The central system already holds an id with other content. */
    ID_CONFLICT,
    /** The central system refused a package after verifying it. */
    REJECTED_BY_CENTRAL,
    /** The software integrity check found a changed or missing application or model file. */
    INTEGRITY_CHECK_FAILED,
    /** The audit trail's hash chain is broken. */
    AUDIT_CHAIN_BROKEN,
    /** The wall clock went backwards against the last recorded time. */
    CLOCK_ROLLBACK,
    /** A serial port or camera that is not the configured device appeared. */
    UNKNOWN_DEVICE,
    /** An action was attempted without the required role, or a locked screen was bypassed. */
    UNAUTHORISED_ACCESS
}
