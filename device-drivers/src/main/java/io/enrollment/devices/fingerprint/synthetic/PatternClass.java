package io.enrollment.devices.fingerprint.synthetic;

/** Henry-style pattern classes the generator can draw. */
public enum PatternClass {
    /** No singularities: ridges flow across with a hump. */
    ARCH,
    /** A core above a delta almost straight below it. */
    TENTED_ARCH,
    /** A core with the delta to the lower right (ridges enter and leave on the left). */
    LEFT_LOOP,
    /** A core with the delta to the lower left. */
    RIGHT_LOOP,
    /** Two cores and two deltas. */
    WHORL
}
