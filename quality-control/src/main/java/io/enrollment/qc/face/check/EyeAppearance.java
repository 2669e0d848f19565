package io.enrollment.qc.face.check;

import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.MeshIndex;
import io.enrollment.qc.face.model.Point2;
import io.enrollment.qc.face.model.RegionStats;

/**
 * How much of each eye opening looks like an eye rather than skin: the fraction of pixels inside the
 * mesh's eye contour whose colour is far from the cheek skin just below that eye (sclera and iris are;
 * a closed lid is skin). The mesh alone keeps drawing an open eye over a closed lid, so R-FACE-9 needs
 * this pixel measure as well. Open eyes read 0.62–0.98 on the 54 frontal portraits.
 */
final class EyeAppearance {
    /** Colour distance from the skin beyond which a pixel counts as eye, 0–255 levels. */
    static final double EYE_COLOUR = 35;
    private static final double SKIN_PROBE = 0.08 * AlignedFace.IED;

    private EyeAppearance() {
    }

    /** The smaller of the two eyes' eye-like fractions. */
    static double visibleFraction(AlignedFace f) {
        return Math.min(fraction(f, MeshIndex.RIGHT_EYE_CONTOUR, 117), fraction(f, MeshIndex.LEFT_EYE_CONTOUR, 346));
    }

    private static double fraction(AlignedFace f, int[] contour, int cheek) {
        RegionStats skin = f.around(f.landmark(cheek), SKIN_PROBE);
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
        int eye = 0;
        for (int y = (int) Math.max(0, minY); y <= Math.min(AlignedFace.HEIGHT - 1, maxY); y++) {
            for (int x = (int) Math.max(0, minX); x <= Math.min(AlignedFace.WIDTH - 1, maxX); x++) {
                if (!f.valid(x, y) || !inside(x + 0.5, y + 0.5, px, py)) {
                    continue;
                }
                n++;
                double dr = f.channel(x, y, 2) - skin.meanR();
                double dg = f.channel(x, y, 1) - skin.meanG();
                double db = f.channel(x, y, 0) - skin.meanB();
                if (Math.sqrt((dr * dr + dg * dg + db * db) / 3) > EYE_COLOUR) {
                    eye++;
                }
            }
        }
        return n == 0 ? 0 : eye / (double) n;
    }

    /** Whether (x, y) lies inside the polygon (even-odd rule). */
    static boolean inside(double x, double y, double[] px, double[] py) {
        boolean in = false;
        for (int i = 0, j = px.length - 1; i < px.length; j = i++) {
            if ((py[i] > y) != (py[j] > y) && x < (px[j] - px[i]) * (y - py[i]) / (py[j] - py[i]) + px[i]) {
                in = !in;
            }
        }
        return in;
    }
}
