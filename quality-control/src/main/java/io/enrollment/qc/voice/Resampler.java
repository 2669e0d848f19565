package io.enrollment.qc.voice;

/**
 * Band-limited rate reduction (windowed sinc, Blackman window, 8 zero crossings, pass band to 46 % of the
 * target rate) so that 44.1/48 kHz recordings are analysed at 16 kHz: every measure is defined there
 * and the cost stays proportional to the audio's duration, not its rate.
 */
final class Resampler {
    private static final int ZERO_CROSSINGS = 8;
    private static final int TABLE_STEPS = 512;

    private Resampler() {
    }

    /** The signal at {@code target} Hz; a signal already at or below it is returned as it is. */
    static Signal downTo(Signal in, int target) {
        if (in.rate <= target) {
            return in;
        }
        double step = (double) in.rate / target;          // input samples per output sample
        double fc = 0.46 / step;                            // cut-off, cycles per input sample
        double half = ZERO_CROSSINGS / (2 * fc);            // kernel half width, input samples
        float[] table = kernel(fc, half);
        int outLength = (int) Math.floor(in.length() / step);
        if (in.rate % target == 0) {
            return new Signal(decimate(in.samples, in.rate / target, table, half, outLength), target);
        }
        float[] out = new float[outLength];
        float[] x = in.samples;
        double tableScale = TABLE_STEPS;
        for (int o = 0; o < outLength; o++) {
            double centre = o * step;
            int first = Math.max(0, (int) Math.ceil(centre - half));
            int last = Math.min(x.length - 1, (int) Math.floor(centre + half));
            double acc = 0;
            for (int i = first; i <= last; i++) {
                int idx = (int) (Math.abs(i - centre) * tableScale + 0.5);
                if (idx < table.length) {
                    acc += x[i] * table[idx];
                }
            }
            out[o] = (float) acc;
        }
        return new Signal(out, target);
    }

    /** Integer ratios: every output sits on an input sample, so one set of taps serves them all. */
    private static float[] decimate(float[] x, int factor, float[] table, double half, int outLength) {
        int reach = (int) Math.floor(half);
        float[] taps = new float[2 * reach + 1];
        for (int k = -reach; k <= reach; k++) {
            int idx = Math.abs(k) * TABLE_STEPS;
            taps[k + reach] = idx < table.length ? table[idx] : 0;
        }
        float[] out = new float[outLength];
        for (int o = 0; o < outLength; o++) {
            int centre = o * factor;
            double acc = 0;
            if (centre - reach >= 0 && centre + reach < x.length) {
                for (int k = 0, i = centre - reach; k < taps.length; k++, i++) {
                    acc += x[i] * taps[k];
                }
            } else {
                for (int k = -reach; k <= reach; k++) {
                    int i = centre + k;
                    if (i >= 0 && i < x.length) {
                        acc += x[i] * taps[k + reach];
                    }
                }
            }
            out[o] = (float) acc;
        }
        return out;
    }

    private static float[] kernel(double fc, double half) {
        int n = (int) Math.ceil(half * TABLE_STEPS) + 1;
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            double x = (double) i / TABLE_STEPS;
            double sinc = x == 0 ? 1 : Math.sin(2 * Math.PI * fc * x) / (2 * Math.PI * fc * x);
            double r = x / half;                              // 0..1
            double w = r >= 1 ? 0 : 0.42 + 0.5 * Math.cos(Math.PI * r) + 0.08 * Math.cos(2 * Math.PI * r);
            t[i] = (float) (2 * fc * sinc * w);
        }
        return t;
    }

    /** Halves the rate with a short low-pass (cut-off at 45 % of the new rate), for pitch tracking. */
    static Signal halve(Signal in) {
        return downTo(in, in.rate / 2);
    }
}
