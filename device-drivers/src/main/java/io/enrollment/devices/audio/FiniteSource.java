package io.enrollment.devices.audio;

/** A capture line that ends by itself (a file played as a microphone): running out is not an interruption. */
public interface FiniteSource {
    /** Every frame has been delivered. */
    boolean exhausted();
}
