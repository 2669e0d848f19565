package io.enrollment.devices.fingerprint.synthetic;

import io.enrollment.devices.fingerprint.GreyImage;
import java.util.SplittableRandom;

/**
 * Renders one impression of a master finger as a scanner would see it: dark ridges on a light background,
 * placed, rotated and elastically distorted, with pressure, dryness, noise and partial contact applied.
 */
final class ImpressionRenderer {
    private ImpressionRenderer() {
    }

    static GreyImage render(MasterFingerprint master, ImpressionParameters p, int width, int height) {
        SplittableRandom random = new SplittableRandom(p.noiseSeed());
        SmoothNoise warpX = new SmoothNoise(random, 120, 320);
        SmoothNoise warpY = new SmoothNoise(random, 120, 320);
        SmoothNoise dry = new SmoothNoise(random, 25, 90);
        SmoothNoise contactEdge = new SmoothNoise(random, 60, 200);
        double angle = Math.toRadians(p.rotationDegrees());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double threshold = -0.55 * p.pressure();
        double contrast = 205 - 25 * p.noise();
        double background = 246 - 6 * random.nextDouble();
        // contact region: an ellipse around the focus that shrinks with partial contact, pushed off-centre
        double contactOffX = (random.nextDouble() * 2 - 1) * (1 - p.contact()) * 120;
        double contactOffY = (random.nextDouble() * 2 - 1) * (1 - p.contact()) * 150;
        double contactRadiusX = 60 + 200 * p.contact();
        double contactRadiusY = 80 + 260 * p.contact();
        float[] grey = new float[width * height];
        for (int v = 0; v < height; v++) {
            for (int u = 0; u < width; u++) {
                double cu = u - width / 2.0 - p.shiftX();
                double cv = v - height / 2.0 - p.shiftY();
                double x = master.focusX() + cos * cu + sin * cv;
                double y = master.focusY() - sin * cu + cos * cv;
                x += p.distortionPixels() * warpX.at(x, y);
                y += p.distortionPixels() * warpY.at(x, y);
                double mask = master.fingerMaskAt(x, y) * contactAt(x - master.focusX() - contactOffX,
                        y - master.focusY() - contactOffY, contactRadiusX, contactRadiusY, contactEdge);
                double ink = 0;
                if (mask > 0) {
                    double r = master.ridgeAt(x, y);
                    ink = smoothstep(threshold - 0.35, threshold + 0.35, r);
                    double faint = Math.max(0, dry.at(x, y) * 0.9 + 0.35) * p.dryness();
                    ink *= Math.max(0, 1 - faint) * mask;
                }
                grey[v * width + u] = (float) (background - contrast * ink);
            }
        }
        return new GreyImage(width, height, finish(grey, width, height, p.noise(), random));
    }

    private static double contactAt(double dx, double dy, double rx, double ry, SmoothNoise edge) {
        double r = Math.sqrt((dx * dx) / (rx * rx) + (dy * dy) / (ry * ry)) + 0.08 * edge.at(dx, dy);
        return Math.max(0, Math.min(1, (1 - r) * 10));
    }

    private static double smoothstep(double lo, double hi, double x) {
        double t = Math.max(0, Math.min(1, (x - lo) / (hi - lo)));
        return t * t * (3 - 2 * t);
    }

    /** A light 3×3 blur (the optics), then Gaussian sensor noise, clamped to 8 bits. */
    private static byte[] finish(float[] g, int width, int height, double noise, SplittableRandom random) {
        byte[] out = new byte[width * height];
        double sigma = 2 + noise * 28;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double s = 0;
                double wsum = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int yy = y + dy;
                    if (yy < 0 || yy >= height) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int xx = x + dx;
                        if (xx < 0 || xx >= width) {
                            continue;
                        }
                        double w = (dx == 0 ? 2 : 1) * (dy == 0 ? 2 : 1);
                        s += w * g[yy * width + xx];
                        wsum += w;
                    }
                }
                double value = s / wsum + gaussian(random) * sigma;
                out[y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(value)));
            }
        }
        return out;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = Math.max(1e-12, random.nextDouble());
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
