package io.enrollment.qc.voice;

import java.util.List;

/**
 * R-VOICE-6: what noise suppression leaves behind in the pauses of a recording.
 * <ul>
 *   <li>{@code zeroRuns}: runs of digital zero outside speech (a gate or a suppressor closed);</li>
 *   <li>{@code noiseSpreadDb}: 90th − 10th percentile of the noise frames' power: a microphone's noise
 *       is steady, a gate that opens and closes is not;</li>
 *   <li>{@code spectralHolePercent}: in the steady noise frames (within ±3 dB of their median), the
 *       share of time-frequency cells (300 Hz…7 kHz) more than {@value #HOLE_DB} dB below that bin's
 *       median: spectral subtraction punches such holes; Gaussian noise has about 0.7 %;</li>
 *   <li>{@code noiseFloorDbfs}: the median noise-frame power: below what any microphone and converter
 *       produce, the pauses were cleaned.</li>
 * </ul>
 * Measures that need pauses are NaN when there are fewer than {@value #MIN_FRAMES} noise frames.
 */
record NoiseSuppressionTraces(int zeroRuns, double noiseSpreadDb, double spectralHolePercent, double noiseFloorDbfs) {
    static final double HOLE_DB = 20;
    static final double STEADY_DB = 3;
    static final double HOLE_LOW_HZ = 300;
    static final double HOLE_HIGH_HZ = 7000;
    static final int MIN_FRAMES = 20;

    static NoiseSuppressionTraces measure(List<ZeroRuns.Run> zeros, int storedRate, Spectrogram spec, VoiceActivity activity) {
        int outside = 0;
        for (ZeroRuns.Run r : zeros) {
            if (!activity.speech[ZeroRuns.frameAt(spec, r.centreSeconds(storedRate))]) {
                outside++;
            }
        }
        double[] power = spec.bandPower(ActiveSpeechSnr.LOW_HZ, spec.rate / 2.0);
        double[] noise = Stats.select(power, activity.noise);
        if (noise.length < MIN_FRAMES) {
            return new NoiseSuppressionTraces(outside, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] noiseDb = new double[noise.length];
        for (int i = 0; i < noise.length; i++) {
            noiseDb[i] = Stats.db(noise[i]);
        }
        double spread = Stats.quantile(noiseDb, 0.9) - Stats.quantile(noiseDb, 0.1);
        double medianDb = Stats.quantile(noiseDb, 0.5);
        return new NoiseSuppressionTraces(outside, spread, holes(spec, activity, power, medianDb), medianDb);
    }

    private static double holes(Spectrogram spec, VoiceActivity activity, double[] power, double medianDb) {
        int bins = spec.bins();
        int a = spec.bin(HOLE_LOW_HZ);
        int b = spec.bin(Math.min(HOLE_HIGH_HZ, spec.rate * 0.45));
        int steady = 0;
        boolean[] use = new boolean[spec.frames];
        for (int f = 0; f < spec.frames; f++) {
            use[f] = activity.noise[f] && Math.abs(Stats.db(power[f]) - medianDb) <= STEADY_DB;
            steady += use[f] ? 1 : 0;
        }
        if (steady < MIN_FRAMES || b <= a || medianDb <= Stats.db(Stats.SILENT_POWER) + 1) {
            return Double.NaN;
        }
        double factor = Math.pow(10, -HOLE_DB / 10);
        double[] column = new double[steady];
        long holes = 0;
        long cells = 0;
        for (int k = a; k <= b; k++) {
            int n = 0;
            for (int f = 0; f < spec.frames; f++) {
                if (use[f]) {
                    column[n++] = spec.power[f * bins + k];
                }
            }
            double limit = Stats.medianInPlace(column, n) * factor;
            for (int i = 0; i < n; i++) {
                holes += column[i] < limit ? 1 : 0;
            }
            cells += n;
        }
        return 100.0 * holes / cells;
    }
}
