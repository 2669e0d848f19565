package io.enrollment.qc.voice;

/**
 * Mono samples scaled so that digital full scale is ±1, at a known rate. Package-private analysis
 * currency: the array is shared, not copied, and no stage writes to another stage's signal.
 */
final class Signal {
    final float[] samples;
    final int rate;

    Signal(float[] samples, int rate) {
        this.samples = samples;
        this.rate = rate;
    }

    int length() {
        return samples.length;
    }

    double seconds() {
        return (double) samples.length / rate;
    }
}
