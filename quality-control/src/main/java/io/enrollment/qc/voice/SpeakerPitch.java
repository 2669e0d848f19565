package io.enrollment.qc.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * R-VOICE-7: one speaker, judged from pitch. YIN (25 ms window, 60–400 Hz, absolute threshold
 * {@value #YIN_THRESHOLD}) runs every 10 ms over the speech frames at 8 kHz. Consecutive voiced frames
 * whose pitch moves less than {@value #JUMP_SEMITONES} semitones from frame to frame form a voiced
 * segment (at least {@value #MIN_SEGMENT_FRAMES} frames); each segment is summarised by its median pitch.
 * The segment medians (in semitones) are sorted and split into a lower and an upper group at the widest
 * gap between neighbours, among the splits that leave at least {@code minClusterFraction} of the voiced
 * frames on each side; the measure is that gap. A single outlying segment (an octave error, a cough)
 * cannot make a group of its own, and one speaker's segments lie close together (intonation moves the
 * medians a semitone or two apart), while a man and a woman leave a gap of most of an octave.
 *
 * @param separationSemitones  the widest admissible gap; 0 when no admissible split exists; NaN when fewer than
 *                             {@value #MIN_SEGMENTS} voiced segments were found
 * @param segments             voiced segments found
 * @param lowHz                weighted mean pitch of the lower group (or of all)
 * @param highHz               weighted mean pitch of the upper group (or of all)
 */
record SpeakerPitch(double separationSemitones, int segments, double lowHz, double highHz) {
    static final double YIN_THRESHOLD = 0.15;
    static final double MIN_HZ = 60;
    static final double MAX_HZ = 400;
    static final double WINDOW_SECONDS = 0.025;
    static final double JUMP_SEMITONES = 4;
    /** Pitch is estimated on every second 10 ms frame (20 ms hop). */
    static final int PITCH_HOP_FRAMES = 2;
    /** At least this many pitched frames (60 ms) make a voiced segment. */
    static final int MIN_SEGMENT_FRAMES = 3;
    static final int MIN_SEGMENTS = 3;
    static final int PITCH_RATE = 8000;

    static SpeakerPitch measure(Signal analysis, Spectrogram spec, VoiceActivity activity, double minClusterFraction) {
        Signal s = analysis.rate > PITCH_RATE ? Resampler.downTo(analysis, PITCH_RATE) : analysis;
        double[] pitch = track(s, spec, activity);
        List<double[]> segs = segments(pitch);
        if (segs.size() < MIN_SEGMENTS) {
            return new SpeakerPitch(Double.NaN, segs.size(), Double.NaN, Double.NaN);
        }
        segs.sort((a, b) -> Double.compare(a[0], b[0]));
        double total = 0;
        for (double[] g : segs) {
            total += g[1];
        }
        double bestGap = -1;
        double[] bestMeans = null;
        double leftW = 0;
        double leftS = 0;
        double allS = 0;
        for (double[] g : segs) {
            allS += g[0] * g[1];
        }
        for (int i = 0; i < segs.size() - 1; i++) {
            leftW += segs.get(i)[1];
            leftS += segs.get(i)[0] * segs.get(i)[1];
            double rightW = total - leftW;
            if (leftW < minClusterFraction * total || rightW < minClusterFraction * total) {
                continue;
            }
            double gap = segs.get(i + 1)[0] - segs.get(i)[0];
            if (gap > bestGap) {
                bestGap = gap;
                bestMeans = new double[] {leftS / leftW, (allS - leftS) / rightW};
            }
        }
        if (bestMeans == null) {
            double m = allS / total;
            return new SpeakerPitch(0, segs.size(), hz(m), hz(m));
        }
        return new SpeakerPitch(bestGap, segs.size(), hz(bestMeans[0]), hz(bestMeans[1]));
    }

    /** Pitch in semitones above 100 Hz for each analysis frame, NaN where unvoiced or not speech. */
    private static double[] track(Signal s, Spectrogram spec, VoiceActivity activity) {
        int window = (int) Math.round(WINDOW_SECONDS * s.rate);
        int minLag = (int) Math.floor(s.rate / MAX_HZ);
        int maxLag = (int) Math.ceil(s.rate / MIN_HZ);
        double[] d = new double[maxLag + 1];
        double[] out = new double[spec.frames];
        Arrays.fill(out, Double.NaN);
        double secondsPerFrame = (double) spec.hop / spec.rate;
        for (int f = 0; f < spec.frames; f += PITCH_HOP_FRAMES) {
            if (!activity.speech[f]) {
                continue;
            }
            int start = (int) Math.round(f * secondsPerFrame * s.rate);
            if (start + window + maxLag > s.length()) {
                break;
            }
            double lag = yin(s.samples, start, window, minLag, maxLag, d);
            if (!Double.isNaN(lag)) {
                out[f] = 12 * Math.log(s.rate / lag / 100) / Math.log(2);
            }
        }
        return out;
    }

    /**
     * YIN's cumulative-mean-normalised difference, computed lag by lag and stopped at the first dip below the
     * threshold (the rest of the lags cannot change the answer), then refined by parabolic interpolation.
     */
    private static double yin(float[] x, int start, int w, int minLag, int maxLag, double[] d) {
        double running = 0;
        d[0] = 1;
        int found = -1;
        for (int tau = 1; tau <= maxLag; tau++) {
            double sum = 0;
            for (int j = start, end = start + w; j < end; j++) {
                double diff = x[j] - x[j + tau];
                sum += diff * diff;
            }
            running += sum;
            d[tau] = running == 0 ? 1 : sum * tau / running;
            if (found < 0 && tau > Math.max(2, minLag) && d[tau - 1] < YIN_THRESHOLD) {
                found = tau - 1;
            }
            if (found >= 0 && d[tau] >= d[tau - 1]) {
                int best = tau - 1;
                if (best < 2 || tau > maxLag - 1) {
                    return best;
                }
                double a = d[best - 1];
                double b = d[best];
                double c = d[tau];
                double denom = a - 2 * b + c;
                double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
                return best + Math.max(-1, Math.min(1, shift));
            }
        }
        return Double.NaN;
    }

    /** Voiced segments as {median semitones, frames}. */
    private static List<double[]> segments(double[] pitch) {
        List<double[]> out = new ArrayList<>();
        int i = 0;
        while (i < pitch.length) {
            if (Double.isNaN(pitch[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            int last = i;
            int count = 1;
            while (j < pitch.length && (Double.isNaN(pitch[j]) ? j - last < PITCH_HOP_FRAMES
                    : Math.abs(pitch[j] - pitch[last]) < JUMP_SEMITONES)) {
                if (!Double.isNaN(pitch[j])) {
                    last = j;
                    count++;
                }
                j++;
            }
            j = last + 1;
            if (count >= MIN_SEGMENT_FRAMES) {
                double[] values = Arrays.stream(Arrays.copyOfRange(pitch, i, j)).filter(v -> !Double.isNaN(v)).toArray();
                out.add(new double[] {Stats.quantile(values, 0.5), count});
            }
            i = j;
        }
        return out;
    }

    private static double hz(double semitones) {
        return 100 * Math.pow(2, semitones / 12);
    }
}
