package io.enrollment.qc.fingerprint;

/**
 * The measuring constants of the print quality score, kept in one place (they are part of the method, not
 * acceptance thresholds: those come from the profile). See {@code docs/fingerprint-qc.md}.
 */
final class QualityParameters {
    /** Block side in pixels at 500 ppi (as NFIQ 2's local features). */
    static final int BLOCK = 32;
    /**
     * A block is foreground when the standard deviation of its 4×4-pixel cell means reaches this (the averaging
     * keeps ridge contrast at 500 ppi and removes most sensor noise, so a noisy empty sensor is not a finger).
     */
    static final double FOREGROUND_MIN_STD = 12;
    static final int FOREGROUND_CELL = 4;
    /** ...and its mean is not near-white paper or near-black saturation. */
    static final double FOREGROUND_MAX_MEAN = 247;
    static final double FOREGROUND_MIN_MEAN = 8;
    /** Oriented window across × along the ridges for the ridge signature. */
    static final int SIGNATURE_ACROSS = 32;
    static final int SIGNATURE_ALONG = 16;
    /** Plausible ridge and valley widths at 500 ppi, pixels; outside, a block's clarity is 0. */
    static final double MIN_RIDGE_WIDTH = 2;
    static final double MAX_RIDGE_WIDTH = 14;
    /** Orientation flow: differences below this angle count as smooth flow (degrees). */
    static final double FLOW_MIN_ANGLE = 4;

    private QualityParameters() {
    }
}
