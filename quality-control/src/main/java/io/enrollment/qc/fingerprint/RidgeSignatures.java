package io.enrollment.qc.fingerprint;

/**
 * Second stage: for each foreground block, the grey profile across the ridges (the ridge signature, sampled in a
 * window turned to the block's orientation) and what it says: local clarity (how cleanly grey levels separate
 * ridges from valleys), the frequency-domain score (how dominant one ridge frequency is) and the ridge/valley
 * width ratio.
 */
final class RidgeSignatures {
    final double[] clarity;
    final double[] frequency;
    /** Ridge/valley width ratio, NaN where the block has too few whole ridges and valleys. */
    final double[] ratio;

    private RidgeSignatures(int n) {
        clarity = new double[n];
        frequency = new double[n];
        ratio = new double[n];
    }

    static RidgeSignatures of(PrintImage image, BlockOrientations blocks) {
        RidgeSignatures s = new RidgeSignatures(blocks.count());
        int across = QualityParameters.SIGNATURE_ACROSS;
        int along = QualityParameters.SIGNATURE_ALONG;
        double[] window = new double[across * along];
        double[] signature = new double[across];
        int b = QualityParameters.BLOCK;
        for (int i = 0; i < blocks.count(); i++) {
            s.ratio[i] = Double.NaN;
            if (!blocks.foreground[i]) {
                continue;
            }
            double cx = (i % blocks.columns) * b + b / 2.0;
            double cy = (i / blocks.columns) * b + b / 2.0;
            double t = blocks.angle[i];
            double dx = Math.cos(t);
            double dy = Math.sin(t);
            // across the ridges: the normal of the ridge direction
            double nx = -dy;
            double ny = dx;
            for (int u = 0; u < across; u++) {
                double cu = u - across / 2.0 + 0.5;
                double sum = 0;
                for (int v = 0; v < along; v++) {
                    double cv = v - along / 2.0 + 0.5;
                    double value = sample(image, cx + cu * nx + cv * dx, cy + cu * ny + cv * dy);
                    window[u * along + v] = value;
                    sum += value;
                }
                signature[u] = sum / along;
            }
            analyse(s, i, window, signature);
        }
        return s;
    }

    private static void analyse(RidgeSignatures s, int i, double[] window, double[] signature) {
        int across = signature.length;
        int along = window.length / across;
        // linear regression of the signature: the ridge/valley threshold follows a brightness slope
        double mx = (across - 1) / 2.0;
        double my = 0;
        for (double v : signature) {
            my += v;
        }
        my /= across;
        double sxy = 0;
        double sxx = 0;
        for (int u = 0; u < across; u++) {
            sxy += (u - mx) * (signature[u] - my);
            sxx += (u - mx) * (u - mx);
        }
        double slope = sxy / sxx;
        boolean[] ridge = new boolean[across];
        double[] threshold = new double[across];
        for (int u = 0; u < across; u++) {
            threshold[u] = my + slope * (u - mx);
            ridge[u] = signature[u] < threshold[u];
        }
        s.frequency[i] = frequencyScore(signature, my);
        double[] widths = runWidths(ridge);
        double ridgeWidth = widths[0];
        double valleyWidth = widths[1];
        if (widths[2] >= 1 && widths[3] >= 1) {
            s.ratio[i] = ridgeWidth / valleyWidth;
        }
        boolean plausible = ridgeWidth >= QualityParameters.MIN_RIDGE_WIDTH && ridgeWidth <= QualityParameters.MAX_RIDGE_WIDTH
                && valleyWidth >= QualityParameters.MIN_RIDGE_WIDTH && valleyWidth <= QualityParameters.MAX_RIDGE_WIDTH;
        if (!plausible) {
            s.clarity[i] = 0;
            return;
        }
        int ridgePixels = 0;
        int valleyPixels = 0;
        int ridgeWrong = 0;
        int valleyWrong = 0;
        for (int u = 0; u < across; u++) {
            for (int v = 0; v < along; v++) {
                boolean dark = window[u * along + v] < threshold[u];
                if (ridge[u]) {
                    ridgePixels++;
                    ridgeWrong += dark ? 0 : 1;
                } else {
                    valleyPixels++;
                    valleyWrong += dark ? 1 : 0;
                }
            }
        }
        double alpha = valleyPixels == 0 ? 1 : (double) valleyWrong / valleyPixels;
        double beta = ridgePixels == 0 ? 1 : (double) ridgeWrong / ridgePixels;
        s.clarity[i] = 1 - (alpha + beta) / 2;
    }

    /** Mean length of whole ridge runs and valley runs (the cut-off first and last runs excluded), and their counts. */
    private static double[] runWidths(boolean[] ridge) {
        double ridgeSum = 0;
        double valleySum = 0;
        int ridgeRuns = 0;
        int valleyRuns = 0;
        int start = 0;
        boolean first = true;
        for (int u = 1; u <= ridge.length; u++) {
            if (u == ridge.length || ridge[u] != ridge[u - 1]) {
                if (!first && u != ridge.length) {
                    if (ridge[u - 1]) {
                        ridgeSum += u - start;
                        ridgeRuns++;
                    } else {
                        valleySum += u - start;
                        valleyRuns++;
                    }
                }
                first = false;
                start = u;
            }
        }
        return new double[] {ridgeRuns == 0 ? 0 : ridgeSum / ridgeRuns, valleyRuns == 0 ? 0 : valleySum / valleyRuns,
            ridgeRuns, valleyRuns};
    }

    /** Share of the spectrum (DC excluded) in the dominant frequency and, at 0.3 weight, its two neighbours. */
    private static double frequencyScore(double[] signature, double mean) {
        int n = signature.length;
        int half = n / 2;
        double[] amplitude = new double[half + 1];
        double total = 0;
        for (int k = 1; k <= half; k++) {
            double re = 0;
            double im = 0;
            for (int u = 0; u < n; u++) {
                double a = 2 * Math.PI * k * u / n;
                re += (signature[u] - mean) * Math.cos(a);
                im -= (signature[u] - mean) * Math.sin(a);
            }
            amplitude[k] = Math.hypot(re, im);
            total += amplitude[k];
        }
        if (total <= 0) {
            return 0;
        }
        int peak = 1;
        for (int k = 2; k < half; k++) {
            if (amplitude[k] > amplitude[peak]) {
                peak = k;
            }
        }
        double neighbours = (peak > 1 ? amplitude[peak - 1] : 0) + amplitude[peak + 1];
        return (amplitude[peak] + 0.3 * neighbours) / total;
    }

    private static double sample(PrintImage image, double x, double y) {
        int w = image.width();
        int h = image.height();
        x = Math.max(0, Math.min(w - 1.001, x));
        y = Math.max(0, Math.min(h - 1.001, y));
        int x0 = (int) x;
        int y0 = (int) y;
        double fx = x - x0;
        double fy = y - y0;
        byte[] p = image.raw();
        int i = y0 * w + x0;
        double top = (p[i] & 0xFF) * (1 - fx) + (p[i + 1] & 0xFF) * fx;
        double bottom = (p[i + w] & 0xFF) * (1 - fx) + (p[i + w + 1] & 0xFF) * fx;
        return top * (1 - fy) + bottom * fy;
    }
}
