package io.enrollment.devices.fingerprint.synthetic;

import java.util.SplittableRandom;

/**
 * How one impression differs from the master: placement, skin distortion, pressure, noise and contact.
 *
 * @param rotationDegrees    rotation of the finger on the glass
 * @param shiftX             horizontal placement offset, pixels
 * @param shiftY             vertical placement offset, pixels
 * @param distortionPixels   amplitude of the smooth elastic skin distortion, pixels
 * @param pressure           -1 (light touch: thin, broken ridges) … 0 (normal) … 1 (heavy: thick, merged ridges)
 * @param noise              sensor noise, 0 (none) … 1 (very noisy)
 * @param dryness            0 (even ink) … 1 (dry skin: large faint patches)
 * @param contact            fraction of the fingertip that touches the glass, 0.2 … 1
 * @param noiseSeed          seed of the random parts of this impression
 */
public record ImpressionParameters(double rotationDegrees, double shiftX, double shiftY, double distortionPixels,
                                   double pressure, double noise, double dryness, double contact, long noiseSeed) {
    public ImpressionParameters {
        if (pressure < -1 || pressure > 1) {
            throw new IllegalArgumentException("pressure must be in [-1, 1], was " + pressure);
        }
        if (noise < 0 || noise > 1 || dryness < 0 || dryness > 1) {
            throw new IllegalArgumentException("noise and dryness must be in [0, 1]");
        }
        if (contact < 0.2 || contact > 1) {
            throw new IllegalArgumentException("contact must be in [0.2, 1], was " + contact);
        }
        if (distortionPixels < 0) {
            throw new IllegalArgumentException("distortion must not be negative");
        }
    }

    /** A careful capture: centred, upright, normal pressure, clean. */
    public static ImpressionParameters ideal(long seed) {
        return new ImpressionParameters(0, 0, 0, 0, 0, 0.05, 0, 1, seed);
    }

    /** A typical good capture with the everyday variation of placement, pressure and skin drawn from {@code seed}. */
    public static ImpressionParameters typical(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new ImpressionParameters(r.nextDouble() * 24 - 12, r.nextDouble() * 30 - 15, r.nextDouble() * 30 - 15,
                2 + r.nextDouble() * 3, r.nextDouble() * 0.6 - 0.3, 0.05 + r.nextDouble() * 0.15,
                r.nextDouble() * 0.25, 0.85 + r.nextDouble() * 0.15, r.nextLong());
    }

    /** A poor capture: light touch, dry skin, noise and partial contact. */
    public static ImpressionParameters poor(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return new ImpressionParameters(r.nextDouble() * 30 - 15, r.nextDouble() * 40 - 20, r.nextDouble() * 40 - 20,
                5, -0.75, 0.7, 0.8, 0.45, r.nextLong());
    }
}
