package io.enrollment.qc.face.check;

import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.MeshIndex;
import io.enrollment.qc.face.model.RegionStats;

/**
 * How much of the mouth shows teeth: the fraction of pixels inside the mesh's outer lip contour, near the
 * line where the mesh has the lips meet, that are clearly brighter than the lips' own colour (sampled on
 * the lower lip's body) and far less saturated. Lips parted a little over the teeth are still drawn closed
 * by the mesh, so the inner-lip gap cannot see them; the teeth between them give them away. Gloss
 * highlights on lipstick are bright too, but stay pink and sit on the lip's bulge, away from the lip line.
 */
final class MouthAppearance {
    /** Luma above the lip colour's from which a pixel can be a tooth, 0–255 levels. */
    static final double BRIGHTER = 20;
    /** Saturation ((max − min)/max) at most this fraction of the lips' own. */
    static final double LESS_SATURATED = 0.4;
    /** Teeth show along the lip line: pixels farther than this from it are not counted, aligned pixels. */
    static final double NEAR_LIP_LINE = 0.08 * AlignedFace.IED;
    private static final double LIP_PROBE = 0.03 * AlignedFace.IED;

    private MouthAppearance() {
    }

    /** Fraction of the outer-lip area whose pixels look like teeth, 0–1. */
    static double teethFraction(AlignedFace f) {
        // the lower lip's body: halfway between its inner and outer edge, centre and both sides
        double[] sum = new double[3];
        int samples = 0;
        int[][] probes = {{MeshIndex.LOWER_INNER_LIP, MeshIndex.LOWER_OUTER_LIP}, {87, 84}, {317, 314}};
        for (int[] pair : probes) {
            RegionStats s = f.around(f.landmark(pair[0]).midpoint(f.landmark(pair[1])), LIP_PROBE);
            sum[0] += s.meanR() * s.pixels();
            sum[1] += s.meanG() * s.pixels();
            sum[2] += s.meanB() * s.pixels();
            samples += s.pixels();
        }
        if (samples == 0) {
            return 0;
        }
        double lipLuma = (0.299 * sum[0] + 0.587 * sum[1] + 0.114 * sum[2]) / samples;
        double lipSaturation = saturation(sum[0], sum[1], sum[2]);
        double[] ox = xs(f, MeshIndex.OUTER_LIPS);
        double[] oy = ys(f, MeshIndex.OUTER_LIPS);
        double[] ix = xs(f, MeshIndex.INNER_LIPS);
        double[] iy = ys(f, MeshIndex.INNER_LIPS);
        int n = 0;
        int teeth = 0;
        for (int y = (int) Math.max(0, min(oy)); y <= Math.min(AlignedFace.HEIGHT - 1, max(oy)); y++) {
            for (int x = (int) Math.max(0, min(ox)); x <= Math.min(AlignedFace.WIDTH - 1, max(ox)); x++) {
                if (!f.valid(x, y) || !EyeAppearance.inside(x + 0.5, y + 0.5, ox, oy)) {
                    continue;
                }
                n++;
                if (f.luma(x, y) >= lipLuma + BRIGHTER
                        && saturation(f.channel(x, y, 2), f.channel(x, y, 1), f.channel(x, y, 0)) <= LESS_SATURATED * lipSaturation
                        && distanceToPolyline(x + 0.5, y + 0.5, ix, iy) <= NEAR_LIP_LINE) {
                    teeth++;
                }
            }
        }
        return n == 0 ? 0 : teeth / (double) n;
    }

    private static double distanceToPolyline(double x, double y, double[] px, double[] py) {
        double best = Double.MAX_VALUE;
        for (int k = 0; k + 1 < px.length; k++) {
            double dx = px[k + 1] - px[k];
            double dy = py[k + 1] - py[k];
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((x - px[k]) * dx + (y - py[k]) * dy) / len));
            best = Math.min(best, Math.hypot(x - px[k] - t * dx, y - py[k] - t * dy));
        }
        return best;
    }

    private static double saturation(double r, double g, double b) {
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        return max <= 0 ? 0 : (max - min) / max;
    }

    private static double[] xs(AlignedFace f, int[] indices) {
        double[] v = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            v[k] = f.landmark(indices[k]).x();
        }
        return v;
    }

    private static double[] ys(AlignedFace f, int[] indices) {
        double[] v = new double[indices.length];
        for (int k = 0; k < indices.length; k++) {
            v[k] = f.landmark(indices[k]).y();
        }
        return v;
    }

    private static double min(double[] v) {
        double m = Double.MAX_VALUE;
        for (double d : v) {
            m = Math.min(m, d);
        }
        return m;
    }

    private static double max(double[] v) {
        double m = -Double.MAX_VALUE;
        for (double d : v) {
            m = Math.max(m, d);
        }
        return m;
    }
}
