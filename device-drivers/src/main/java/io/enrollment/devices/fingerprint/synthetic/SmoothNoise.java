package io.enrollment.devices.fingerprint.synthetic;

import java.util.SplittableRandom;

/** A smooth random field in about [-1, 1]: a sum of a few random plane waves with long wavelengths. */
final class SmoothNoise {
    private static final int WAVES = 6;
    private final double[] kx = new double[WAVES];
    private final double[] ky = new double[WAVES];
    private final double[] phase = new double[WAVES];

    SmoothNoise(SplittableRandom random, double minWavelength, double maxWavelength) {
        for (int i = 0; i < WAVES; i++) {
            double wavelength = minWavelength + random.nextDouble() * (maxWavelength - minWavelength);
            double dir = random.nextDouble() * 2 * Math.PI;
            kx[i] = Math.cos(dir) * 2 * Math.PI / wavelength;
            ky[i] = Math.sin(dir) * 2 * Math.PI / wavelength;
            phase[i] = random.nextDouble() * 2 * Math.PI;
        }
    }

    double at(double x, double y) {
        double s = 0;
        for (int i = 0; i < WAVES; i++) {
            s += Math.cos(kx[i] * x + ky[i] * y + phase[i]);
        }
        return s / Math.sqrt(WAVES) / 1.2;
    }
}
