package io.enrollment.qc.voice;

/**
 * Clipping and DC offset, measured on the samples as stored (before any resampling).
 *
 * <p>A clipped sample is one inside a run of at least {@value #MIN_PLATEAU} identical consecutive values
 * whose magnitude is at least {@value #NEAR_PEAK} of the recording's peak: a converter or a gain stage
 * that ran out of range holds its last value; natural speech never repeats its extreme value three
 * times. This also catches clipping that happened before a later attenuation. Recordings whose peak is
 * below {@value #MIN_PEAK} of full scale are not examined (quantisation steps repeat there).
 *
 * @param clippedFraction  clipped samples / all samples
 * @param dcOffset         |mean| as a fraction of full scale
 * @param peak             largest |sample|, fraction of full scale
 */
record SignalIntegrity(double clippedFraction, double dcOffset, double peak) {
    static final int MIN_PLATEAU = 3;
    static final double NEAR_PEAK = 0.9;
    static final double MIN_PEAK = 0.1;

    static SignalIntegrity measure(Signal s) {
        float[] x = s.samples;
        double sum = 0;
        float peak = 0;
        for (float v : x) {
            sum += v;
            peak = Math.max(peak, Math.abs(v));
        }
        long clipped = 0;
        if (peak >= MIN_PEAK) {
            float level = (float) (NEAR_PEAK * peak);
            for (int i = 0; i < x.length; ) {
                int j = i + 1;
                while (j < x.length && x[j] == x[i]) {
                    j++;
                }
                if (j - i >= MIN_PLATEAU && Math.abs(x[i]) >= level) {
                    clipped += j - i;
                }
                i = j;
            }
        }
        return new SignalIntegrity(x.length == 0 ? 0 : (double) clipped / x.length,
                x.length == 0 ? 0 : Math.abs(sum / x.length), peak);
    }

    /** The signal with its mean removed, so a DC offset does not disturb the other measures. */
    static Signal withoutDc(Signal s) {
        double sum = 0;
        for (float v : s.samples) {
            sum += v;
        }
        float mean = (float) (sum / Math.max(1, s.length()));
        float[] out = new float[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = s.samples[i] - mean;
        }
        return new Signal(out, s.rate);
    }
}
