package io.enrollment.qc.face.check;

import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.MeshIndex;
import io.enrollment.qc.face.model.Point2;
import io.enrollment.qc.face.model.RegionStats;

/**
 * How much of the mouth shows teeth: the fraction of pixels inside the mesh's outer lip contour that are
 * clearly brighter and less saturated than the lips' own colour (sampled on the lower lip's body). Lips
 * parted a little over the teeth are drawn closed by the mesh, which the inner-lip gap cannot see; teeth
 * are what give them away. A closed mouth reads ~0.
 */
final class MouthAppearance {
    /** Luma above the lip colour's from which a pixel can be a tooth, 0–255 levels. */
    static final double BRIGHTER = 20;
    /** Saturation ((max − min)/max) at most this fraction of the lips' own. */
    static final double LESS_SATURATED = 0.6;
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
        double lipR = sum[0] / samples;
        double lipG = sum[1] / samples;
        double lipB = sum[2] / samples;
        double lipLuma = 0.299 * lipR + 0.587 * lipG + 0.114 * lipB;
        double lipSaturation = saturation(lipR, lipG, lipB);
        int[] contour = MeshIndex.OUTER_LIPS;
        double[] px = new double[contour.length];
        double[] py = new double[contour.length];
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int k = 0; k < contour.length; k++) {
            Point2 p = f.landmark(contour[k]);
            px[k] = p.x();
            py[k] = p.y();
            minX = Math.min(minX, p.x());
            maxX = Math.max(maxX, p.x());
            minY = Math.min(minY, p.y());
            maxY = Math.max(maxY, p.y());
        }
        int n = 0;
        int teeth = 0;
        for (int y = (int) Math.max(0, minY); y <= Math.min(AlignedFace.HEIGHT - 1, maxY); y++) {
            for (int x = (int) Math.max(0, minX); x <= Math.min(AlignedFace.WIDTH - 1, maxX); x++) {
                if (!f.valid(x, y) || !EyeAppearance.inside(x + 0.5, y + 0.5, px, py)) {
                    continue;
                }
                n++;
                int r = f.channel(x, y, 2);
                int g = f.channel(x, y, 1);
                int b = f.channel(x, y, 0);
                if (f.luma(x, y) >= lipLuma + BRIGHTER && saturation(r, g, b) <= LESS_SATURATED * lipSaturation) {
                    teeth++;
                }
            }
        }
        return n == 0 ? 0 : teeth / (double) n;
    }

    private static double saturation(double r, double g, double b) {
        double max = Math.max(r, Math.max(g, b));
        double min = Math.min(r, Math.min(g, b));
        return max <= 0 ? 0 : (max - min) / max;
    }
}
