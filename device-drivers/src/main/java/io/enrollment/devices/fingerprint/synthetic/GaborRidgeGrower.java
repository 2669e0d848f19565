package io.enrollment.devices.fingerprint.synthetic;

import java.util.SplittableRandom;

/**
 * Grows a ridge pattern by repeatedly filtering with Gabor kernels tuned, pixel by pixel, to the local ridge
 * orientation and period (the SFinGe method): random initial noise turns into parallel ridges that follow the
 * orientation field, and the places where ridges of different phase meet become the minutiae.
 */
final class GaborRidgeGrower {
    private static final int ANGLES = 48;
    private static final int RADIUS = 6;
    private static final int SIZE = 2 * RADIUS + 1;
    private static final int ITERATIONS = 9;

    private final float[][] kernels;

    /**
     * @param period ridge period in pixels (about 9 at 500 ppi)
     */
    GaborRidgeGrower(double period) {
        kernels = new float[ANGLES][];
        double sigma = period * 0.42;
        for (int a = 0; a < ANGLES; a++) {
            double theta = Math.PI * a / ANGLES;
            // coordinate across the ridges: the normal of the ridge direction
            double nx = -Math.sin(theta);
            double ny = Math.cos(theta);
            float[] k = new float[SIZE * SIZE];
            double sum = 0;
            for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                    double across = dx * nx + dy * ny;
                    double g = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma)) * Math.cos(2 * Math.PI * across / period);
                    k[(dy + RADIUS) * SIZE + dx + RADIUS] = (float) g;
                    sum += Math.abs(g);
                }
            }
            for (int i = 0; i < k.length; i++) {
                k[i] = (float) (k[i] / sum * 6.0);
            }
            kernels[a] = k;
        }
    }

    /**
     * A ridge field in [-1, 1] (positive = ridge) of the given size.
     */
    float[] grow(int width, int height, OrientationField field, long seed) {
        int[] angleIndex = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = (int) Math.round(field.angle(x, y) / Math.PI * ANGLES) % ANGLES;
                angleIndex[y * width + x] = a;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] current = new float[width * height];
        for (int i = 0; i < current.length; i++) {
            current[i] = random.nextDouble() < 0.02 ? (random.nextBoolean() ? 1f : -1f) : 0f;
        }
        float[] next = new float[width * height];
        for (int it = 0; it < ITERATIONS; it++) {
            filter(current, next, width, height, angleIndex);
            float[] t = current;
            current = next;
            next = t;
        }
        return current;
    }

    private void filter(float[] in, float[] out, int width, int height, int[] angleIndex) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float[] k = kernels[angleIndex[y * width + x]];
                double s = 0;
                if (x >= RADIUS && y >= RADIUS && x < width - RADIUS && y < height - RADIUS) {
                    for (int dy = 0; dy < SIZE; dy++) {
                        int row = (y + dy - RADIUS) * width + x - RADIUS;
                        int kr = dy * SIZE;
                        for (int dx = 0; dx < SIZE; dx++) {
                            s += k[kr + dx] * in[row + dx];
                        }
                    }
                } else {
                    for (int dy = -RADIUS; dy <= RADIUS; dy++) {
                        int yy = Math.min(height - 1, Math.max(0, y + dy));
                        for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                            int xx = Math.min(width - 1, Math.max(0, x + dx));
                            s += k[(dy + RADIUS) * SIZE + dx + RADIUS] * in[yy * width + xx];
                        }
                    }
                }
                out[y * width + x] = (float) Math.max(-1, Math.min(1, s));
            }
        }
    }
}
