package io.enrollment.qc.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Which 10 ms frames hold speech. Energy in the 200–4000 Hz band with hysteresis relative to the
 * recording's own distribution: floor = 10th percentile, range = 97th − 10th percentile (dB); speech
 * starts above floor + max(9 dB, 0.30·range) and ends below floor + max(5 dB, 0.18·range). Gaps shorter
 * than 150 ms are bridged (pauses inside a word), then bursts shorter than 50 ms are dropped (clicks).
 * Noise frames are the non-speech frames at least 30 ms from any speech, so decaying speech tails do not
 * count as noise.
 */
final class VoiceActivity {
    static final double BAND_LOW_HZ = 200;
    static final double BAND_HIGH_HZ = 4000;
    static final double START_MIN_DB = 9;
    static final double START_RANGE = 0.30;
    static final double END_MIN_DB = 5;
    static final double END_RANGE = 0.18;
    static final int BRIDGE_FRAMES = 15;
    static final int MIN_BURST_FRAMES = 5;
    static final int NOISE_GUARD_FRAMES = 3;
    /** Frames quieter than this hold digital silence (plus at most a removed DC offset), not sound: 16-bit dither is about -98 dBFS. */
    static final double DIGITAL_SILENCE_DB = -115;

    /** One speech run, frames {@code [start, end)}. */
    record Segment(int start, int end) {
        int length() {
            return end - start;
        }
    }

    final boolean[] speech;
    final boolean[] noise;
    final List<Segment> segments;

    private VoiceActivity(boolean[] speech, boolean[] noise, List<Segment> segments) {
        this.speech = speech;
        this.noise = noise;
        this.segments = segments;
    }

    static VoiceActivity detect(Spectrogram spec) {
        double[] band = spec.bandPower(BAND_LOW_HZ, BAND_HIGH_HZ);
        double[] db = new double[band.length];
        for (int i = 0; i < band.length; i++) {
            db[i] = Stats.db(band[i]);
        }
        // Digital silence (inserted or gated) would pull the floor to -200 dB; the floor is the quietest
        // sound, so frames without any are left out of the distribution.
        double[] audible = java.util.Arrays.stream(db).filter(v -> v > DIGITAL_SILENCE_DB).toArray();
        double floor = Stats.quantile(audible, 0.10);
        double range = Stats.quantile(audible, 0.97) - floor;
        double on = floor + Math.max(START_MIN_DB, START_RANGE * range);
        double off = floor + Math.max(END_MIN_DB, END_RANGE * range);
        boolean[] speech = new boolean[db.length];
        boolean active = false;
        for (int i = 0; i < db.length; i++) {
            active = active ? db[i] >= off : db[i] > on;
            speech[i] = active;
        }
        fillRuns(speech, false, BRIDGE_FRAMES, true);
        fillRuns(speech, true, MIN_BURST_FRAMES, false);
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i < speech.length; ) {
            if (!speech[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < speech.length && speech[j]) {
                j++;
            }
            segments.add(new Segment(i, j));
            i = j;
        }
        boolean[] noise = new boolean[speech.length];
        for (int i = 0; i < speech.length; i++) {
            boolean near = false;
            for (int k = Math.max(0, i - NOISE_GUARD_FRAMES); k <= Math.min(speech.length - 1, i + NOISE_GUARD_FRAMES) && !near; k++) {
                near = speech[k];
            }
            noise[i] = !near;
        }
        return new VoiceActivity(speech, noise, List.copyOf(segments));
    }

    /** Turns interior runs of {@code value} shorter than {@code maxLength} into {@code fill}. */
    private static void fillRuns(boolean[] x, boolean value, int maxLength, boolean interiorOnly) {
        for (int i = 0; i < x.length; ) {
            if (x[i] != value) {
                i++;
                continue;
            }
            int j = i;
            while (j < x.length && x[j] == value) {
                j++;
            }
            boolean interior = i > 0 && j < x.length;
            if (j - i < maxLength && (interior || !interiorOnly)) {
                for (int k = i; k < j; k++) {
                    x[k] = !value;
                }
            }
            i = j;
        }
    }

    int speechFrames() {
        int n = 0;
        for (boolean s : speech) {
            n += s ? 1 : 0;
        }
        return n;
    }

    int noiseFrames() {
        int n = 0;
        for (boolean s : noise) {
            n += s ? 1 : 0;
        }
        return n;
    }
}
