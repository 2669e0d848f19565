package io.enrollment.qc.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs of exact digital zero inside a recording (not touching its first or last sample) of at least
 * 1 ms and at least 16 samples. A microphone's own noise never produces them; a noise gate, a
 * suppressor or a lost buffer does.
 */
final class ZeroRuns {
    static final int MIN_SAMPLES = 16;

    /** One run, samples {@code [start, start+length)} at the stored rate. */
    record Run(int start, int length) {
        double centreSeconds(int rate) {
            return (start + length / 2.0) / rate;
        }
    }

    private ZeroRuns() {
    }

    static List<Run> find(Signal s) {
        int min = Math.max(MIN_SAMPLES, s.rate / 1000);
        List<Run> runs = new ArrayList<>();
        float[] x = s.samples;
        for (int i = 0; i < x.length; ) {
            if (x[i] != 0f) {
                i++;
                continue;
            }
            int j = i;
            while (j < x.length && x[j] == 0f) {
                j++;
            }
            if (i > 0 && j < x.length && j - i >= min) {
                runs.add(new Run(i, j - i));
            }
            i = j;
        }
        return runs;
    }

    /** The analysis frame whose centre is nearest to {@code seconds}. */
    static int frameAt(Spectrogram spec, double seconds) {
        int f = (int) Math.round((seconds * spec.rate - spec.frameLength / 2.0) / spec.hop);
        return Math.max(0, Math.min(spec.frames - 1, f));
    }
}
