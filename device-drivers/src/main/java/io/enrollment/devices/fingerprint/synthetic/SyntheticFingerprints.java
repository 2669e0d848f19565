package io.enrollment.devices.fingerprint.synthetic;

import io.enrollment.devices.fingerprint.GreyImage;

/**
 * Synthetic fingerprints for tests and the demo, SFinGe-style: an orientation field with cores and deltas,
 * ridges grown with Gabor filters, and impressions that vary in rotation, shift, elastic distortion, pressure,
 * noise and contact. All images are 8-bit grey at 500 ppi.
 *
 * <pre>{@code
 * MasterFingerprint finger = SyntheticFingerprints.finger(42);
 * GreyImage first = SyntheticFingerprints.impression(finger, ImpressionParameters.typical(1), 416, 560);
 * }</pre>
 */
public final class SyntheticFingerprints {
    /** Image size of the R30x/AS608 sensors. */
    public static final int SCANNER_WIDTH = 256;
    public static final int SCANNER_HEIGHT = 288;

    private SyntheticFingerprints() {
    }

    /** The finger drawn from {@code seed} (deterministic; about half a second of CPU). */
    public static MasterFingerprint finger(long seed) {
        return MasterFingerprint.generate(seed);
    }

    /**
     * One impression of {@code finger}.
     *
     * @throws IllegalArgumentException when the size is not between 16 and 2048 pixels a side
     */
    public static GreyImage impression(MasterFingerprint finger, ImpressionParameters parameters, int width, int height) {
        if (width < 16 || height < 16 || width > 2048 || height > 2048) {
            throw new IllegalArgumentException("impression size must be 16–2048 px a side, was " + width + "×" + height);
        }
        return ImpressionRenderer.render(finger, parameters, width, height);
    }
}
