package io.enrollment.devices.fingerprint.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One synthetic finger: its pattern class, orientation field, ridge period and the grown ridge pattern on a
 * 500 ppi canvas. Every impression of the same finger is rendered from this master, so impressions of one
 * master match and impressions of different masters do not.
 */
public final class MasterFingerprint {
    /** Canvas size in pixels at 500 ppi (about 23 × 29 mm). */
    static final int WIDTH = 448;
    static final int HEIGHT = 576;

    private final long seed;
    private final PatternClass patternClass;
    private final OrientationField field;
    private final double period;
    private final float[] ridges;
    private final double fingerCentreX;
    private final double fingerCentreY;
    private final double fingerHalfWidth;
    private final double fingerHalfHeight;

    private MasterFingerprint(long seed) {
        this.seed = seed;
        SplittableRandom random = new SplittableRandom(seed);
        PatternClass[] classes = PatternClass.values();
        // loops and whorls are the common classes; arches are rare
        double pick = random.nextDouble();
        patternClass = pick < 0.05 ? classes[0] : pick < 0.12 ? classes[1] : pick < 0.45 ? classes[2]
                : pick < 0.78 ? classes[3] : classes[4];
        period = 8.4 + random.nextDouble() * 1.6;
        fingerCentreX = WIDTH / 2.0 + random.nextDouble() * 16 - 8;
        fingerCentreY = HEIGHT * 0.56 + random.nextDouble() * 20 - 10;
        fingerHalfWidth = 178 + random.nextDouble() * 26;
        fingerHalfHeight = 250 + random.nextDouble() * 30;
        field = fieldFor(patternClass, random);
        ridges = new GaborRidgeGrower(period).grow(WIDTH, HEIGHT, field, random.nextLong());
    }

    /** The finger drawn from {@code seed}; the same seed always gives the same finger. Costs about half a second. */
    public static MasterFingerprint generate(long seed) {
        return new MasterFingerprint(seed);
    }

    private OrientationField fieldFor(PatternClass c, SplittableRandom random) {
        double cx = WIDTH / 2.0 + random.nextDouble() * 50 - 25;
        double cy = HEIGHT * 0.45 + random.nextDouble() * 50 - 25;
        double tilt = random.nextDouble() * 0.3 - 0.15;
        List<Singularity> s = new ArrayList<>();
        switch (c) {
            case ARCH:
                return OrientationField.arch(cx, cy, 120 + random.nextDouble() * 40, tilt);
            case TENTED_ARCH:
                s.add(new Singularity(cx, cy, true));
                s.add(new Singularity(cx + random.nextDouble() * 20 - 10, cy + 90 + random.nextDouble() * 30, false));
                break;
            case LEFT_LOOP:
                s.add(new Singularity(cx, cy, true));
                s.add(new Singularity(cx + 90 + random.nextDouble() * 50, cy + 110 + random.nextDouble() * 50, false));
                break;
            case RIGHT_LOOP:
                s.add(new Singularity(cx, cy, true));
                s.add(new Singularity(cx - 90 - random.nextDouble() * 50, cy + 110 + random.nextDouble() * 50, false));
                break;
            case WHORL:
            default:
                double gap = 14 + random.nextDouble() * 24;
                s.add(new Singularity(cx - 4, cy - gap / 2, true));
                s.add(new Singularity(cx + 4, cy + gap / 2, true));
                s.add(new Singularity(cx - 110 - random.nextDouble() * 30, cy + 120 + random.nextDouble() * 40, false));
                s.add(new Singularity(cx + 110 + random.nextDouble() * 30, cy + 120 + random.nextDouble() * 40, false));
                break;
        }
        return OrientationField.of(s, tilt);
    }

    public long seed() {
        return seed;
    }

    public PatternClass patternClass() {
        return patternClass;
    }

    /** Cores and deltas in canvas pixels. */
    public List<Singularity> singularities() {
        return field.singularities();
    }

    /** Ridge period in pixels at 500 ppi. */
    public double ridgePeriod() {
        return period;
    }

    /** Ridge field at canvas position (x, y), bilinear, in [-1, 1]; 0 outside the canvas. */
    double ridgeAt(double x, double y) {
        if (x < 0 || y < 0 || x > WIDTH - 1.001 || y > HEIGHT - 1.001) {
            return 0;
        }
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        int i = y0 * WIDTH + x0;
        double top = ridges[i] * (1 - fx) + ridges[i + 1] * fx;
        double bottom = ridges[i + WIDTH] * (1 - fx) + ridges[i + WIDTH + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    /**
     * How far (x, y) lies inside the fingertip outline: 1 well inside, 0 outside, a soft edge between. The
     * outline is an ellipse whose lower half is stretched (the finger continues below the tip).
     */
    double fingerMaskAt(double x, double y) {
        double dx = (x - fingerCentreX) / fingerHalfWidth;
        double dy = (y - fingerCentreY) / (y > fingerCentreY ? fingerHalfHeight * 1.6 : fingerHalfHeight);
        double r = Math.sqrt(dx * dx + dy * dy);
        return Math.max(0, Math.min(1, (1 - r) * 12));
    }

    /** Canvas point the impressions centre on by default (a little below the core region). */
    double focusX() {
        return fingerCentreX;
    }

    double focusY() {
        return fingerCentreY - 20;
    }
}
