package io.enrollment.core.quality;

/** The outcome of one quality check. */
public enum Verdict {
    PASS,
    FAIL,
    /** The software could not decide; a person must confirm (and that confirmation is recorded). */
    NOT_VERIFIED
}
