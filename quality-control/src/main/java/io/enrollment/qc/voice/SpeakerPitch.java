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
    static final int MIN_SEGMENT_FRAMES = 5;
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
        for (int f = 0; f < spec.frames; f++) {
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

    private static double yin(float[] x, int start, int w, int minLag, int maxLag, double[] d) {
        for (int tau = 1; tau <= maxLag; tau++) {
            double sum = 0;
            for (int j = start; j < start + w; j++) {
                double diff = x[j] - x[j + tau];
                sum += diff * diff;
            }
            d[tau] = sum;
        }
        double running = 0;
        d[0] = 1;
        for (int tau = 1; tau <= maxLag; tau++) {
            running += d[tau];
            d[tau] = running == 0 ? 1 : d[tau] * tau / running;
        }
        for (int tau = Math.max(2, minLag); tau < maxLag; tau++) {
            if (d[tau] < YIN_THRESHOLD) {
                while (tau + 1 < maxLag && d[tau + 1] < d[tau]) {
                    tau++;
                }
                double a = d[tau - 1];
                double b = d[tau];
                double c = d[tau + 1];
                double denom = a - 2 * b + c;
                double shift = denom == 0 ? 0 : 0.5 * (a - c) / denom;
                return tau + Math.max(-1, Math.min(1, shift));
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
            while (j < pitch.length && !Double.isNaN(pitch[j]) && Math.abs(pitch[j] - pitch[j - 1]) < JUMP_SEMITONES) {
                j++;
            }
            if (j - i >= MIN_SEGMENT_FRAMES) {
                out.add(new double[] {Stats.quantile(Arrays.copyOfRange(pitch, i, j), 0.5), j - i});
            }
            i = j;
        }
        return out;
    }

    private static double hz(double semitones) {
        return 100 * Math.pow(2, semitones / 12);
    }
}
