package io.enrollment.qc.fingerprint;

/**
 * Measures a 500 ppi print: block statistics and orientation, foreground, ridge signatures, orientation flow
 * and contrast, averaged over the foreground (the pipeline reads like the method in docs/fingerprint-qc.md).
 */
public final class PrintMeasurer {
    private PrintMeasurer() {
    }

    /**
     * @throws IllegalArgumentException when the image is not at 500 ppi (resample it first)
     */
    public static PrintMeasures measure(PrintImage image) {
        if (Math.abs(image.dpi() - 500) > 5) {
            throw new IllegalArgumentException("measures are defined at 500 ppi; resample the " + image.dpi() + " ppi image first");
        }
        BlockOrientations blocks = BlockOrientations.of(image);
        blocks.removeIsolated();
        RidgeSignatures signatures = RidgeSignatures.of(image, blocks);
        double[] flow = orientationFlow(blocks);

        int n = blocks.count();
        int fg = 0;
        double mmb = 0;
        double ocl = 0;
        double lcs = 0;
        double fda = 0;
        double of = 0;
        double ratioSum = 0;
        double ratioSq = 0;
        int ratios = 0;
        for (int i = 0; i < n; i++) {
            mmb += blocks.mean[i];
            if (!blocks.foreground[i]) {
                continue;
            }
            fg++;
            ocl += blocks.ocl[i];
            lcs += signatures.clarity[i];
            fda += signatures.frequency[i];
            of += flow[i];
            if (!Double.isNaN(signatures.ratio[i])) {
                ratioSum += signatures.ratio[i];
                ratioSq += signatures.ratio[i] * signatures.ratio[i];
                ratios++;
            }
        }
        double[] roi = roiStatistics(image, blocks);
        double ratioMean = ratios == 0 ? 0 : ratioSum / ratios;
        double ratioStd = ratios < 2 ? 0 : Math.sqrt(Math.max(0, ratioSq / ratios - ratioMean * ratioMean));
        int b = QualityParameters.BLOCK;
        return new PrintMeasures(n, fg, (long) fg * b * b, meanGrey(image), n == 0 ? 0 : mmb / n, roi[0], roi[1],
                fg == 0 ? 0 : ocl / fg, fg == 0 ? 0 : lcs / fg, fg == 0 ? 0 : fda / fg, ratioMean, ratioStd,
                fg == 0 ? 1 : of / fg);
    }

    /**
     * Per foreground block, the mean angle to its foreground neighbours beyond {@link QualityParameters#FLOW_MIN_ANGLE},
     * scaled to 0 (smooth) … 1 (perpendicular everywhere).
     */
    private static double[] orientationFlow(BlockOrientations blocks) {
        double[] flow = new double[blocks.count()];
        double min = Math.toRadians(QualityParameters.FLOW_MIN_ANGLE);
        for (int by = 0; by < blocks.rows; by++) {
            for (int bx = 0; bx < blocks.columns; bx++) {
                int i = by * blocks.columns + bx;
                if (!blocks.foreground[i]) {
                    continue;
                }
                double sum = 0;
                int count = 0;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int x = bx + dx;
                        int y = by + dy;
                        if ((dx == 0 && dy == 0) || x < 0 || y < 0 || x >= blocks.columns || y >= blocks.rows) {
                            continue;
                        }
                        int j = y * blocks.columns + x;
                        if (!blocks.foreground[j]) {
                            continue;
                        }
                        double d = Math.abs(blocks.angle[i] - blocks.angle[j]);
                        d = Math.min(d, Math.PI - d);
                        sum += d;
                        count++;
                    }
                }
                double mean = count == 0 ? 0 : sum / count;
                flow[i] = mean <= min ? 0 : (mean - min) / (Math.PI / 2 - min);
            }
        }
        return flow;
    }

    private static double meanGrey(PrintImage image) {
        long sum = 0;
        for (byte v : image.raw()) {
            sum += v & 0xFF;
        }
        return (double) sum / image.raw().length;
    }

    /** Mean and standard deviation of the grey levels inside the foreground blocks. */
    private static double[] roiStatistics(PrintImage image, BlockOrientations blocks) {
        int b = QualityParameters.BLOCK;
        byte[] px = image.raw();
        double sum = 0;
        double sq = 0;
        long n = 0;
        for (int i = 0; i < blocks.count(); i++) {
            if (!blocks.foreground[i]) {
                continue;
            }
            int bx = i % blocks.columns;
            int by = i / blocks.columns;
            for (int y = by * b; y < (by + 1) * b; y++) {
                for (int x = bx * b; x < (bx + 1) * b; x++) {
                    int v = px[y * image.width() + x] & 0xFF;
                    sum += v;
                    sq += (double) v * v;
                    n++;
                }
            }
        }
        if (n == 0) {
            return new double[] {0, 0};
        }
        double mean = sum / n;
        return new double[] {mean, Math.sqrt(Math.max(0, sq / n - mean * mean))};
    }
}
