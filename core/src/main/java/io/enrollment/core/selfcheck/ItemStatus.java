package io.enrollment.core.selfcheck;

/** Outcome of one self-check item. */
public enum ItemStatus {
    OK,
    /** Works, but needs attention soon (e.g. a certificate expiring in under 30 days). */
    WARN,
    /** Does not work, or could not be verified: enrollment is blocked if the item is critical. */
    FAIL
}
