package io.enrollment.qc.fingerprint.capture;

/** Why a finger of the set cannot be captured. */
public enum MissingFingerReason {
    AMPUTATED,
    BANDAGED,
    /** The finger is there but no capture reached the quality threshold. */
    UNREADABLE
}
