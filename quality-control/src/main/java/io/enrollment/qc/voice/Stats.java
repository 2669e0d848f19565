package io.enrollment.qc.voice;

import java.util.Arrays;

/** Small numeric helpers shared by the measures. */
final class Stats {
    /** Power below this is treated as digital silence (−200 dBFS). */
    static final double SILENT_POWER = 1e-20;

    private Stats() {
    }

    static double db(double power) {
        return 10 * Math.log10(Math.max(power, SILENT_POWER));
    }

    /** The {@code q}-quantile (0…1) by linear interpolation; NaN for no values. */
    static double quantile(double[] values, double q) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        double pos = q * (v.length - 1);
        int i = (int) Math.floor(pos);
        int j = Math.min(v.length - 1, i + 1);
        return v[i] + (pos - i) * (v[j] - v[i]);
    }

    /** Median of {@code a[0..n)}, reordering that part of {@code a} (expected linear time). */
    static double medianInPlace(double[] a, int n) {
        int k = n / 2;
        int lo = 0;
        int hi = n - 1;
        while (lo < hi) {
            double pivot = a[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double t = a[i];
                    a[i] = a[j];
                    a[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                break;
            }
        }
        return a[k];
    }

    static double[] select(double[] values, boolean[] keep) {
        int n = 0;
        for (boolean k : keep) {
            n += k ? 1 : 0;
        }
        double[] out = new double[n];
        int j = 0;
        for (int i = 0; i < values.length; i++) {
            if (keep[i]) {
                out[j++] = values[i];
            }
        }
        return out;
    }

    static double mean(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return values.length == 0 ? Double.NaN : s / values.length;
    }
}
