package io.enrollment.qc.face.model;

/**
 * Colour statistics of a region of an {@link AlignedFace}.
 *
 * @param pixels     valid pixels counted
 * @param meanLuma   mean Rec. 601 luma, 0–255
 * @param lumaStd    standard deviation of luma
 * @param meanR      mean red
 * @param meanG      mean green
 * @param meanB      mean blue
 * @param chroma     mean of max(R,G,B) − min(R,G,B) per pixel (0 for grey)
 * @param saturated  fraction of near-white clipped pixels (every channel at least 240): specular glare,
 *                   not a single over-driven colour channel
 */
public record RegionStats(int pixels, double meanLuma, double lumaStd, double meanR, double meanG, double meanB,
                          double chroma, double saturated) {

    /** Distance between the mean colours of two regions, 0–255 scale. */
    public double colourDistance(RegionStats o) {
        return Math.sqrt(((meanR - o.meanR) * (meanR - o.meanR) + (meanG - o.meanG) * (meanG - o.meanG)
                + (meanB - o.meanB) * (meanB - o.meanB)) / 3);
    }

    static final class Builder {
        private int n;
        private double sl;
        private double sll;
        private double sr;
        private double sg;
        private double sb;
        private double sc;
        private int sat;

        void add(int r, int g, int b) {
            double l = 0.299 * r + 0.587 * g + 0.114 * b;
            n++;
            sl += l;
            sll += l * l;
            sr += r;
            sg += g;
            sb += b;
            int max = Math.max(r, Math.max(g, b));
            sc += max - Math.min(r, Math.min(g, b));
            if (Math.min(r, Math.min(g, b)) >= 240) {
                sat++;
            }
        }

        RegionStats build() {
            if (n == 0) {
                return new RegionStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
            }
            double mean = sl / n;
            return new RegionStats(n, mean, Math.sqrt(Math.max(0, sll / n - mean * mean)), sr / n, sg / n, sb / n,
                    sc / n, sat / (double) n);
        }
    }
}
