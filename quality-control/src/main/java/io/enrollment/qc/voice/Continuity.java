package io.enrollment.qc.voice;

import java.util.List;

/**
 * R-VOICE-9: the recording holds the whole utterance, without interruption.
 * <ul>
 *   <li>{@code leadingMs}/{@code trailingMs}: silence before the first and after the last speech frame (a
 *       recording that starts or ends inside a word was cut);</li>
 *   <li>{@code longestGapMs}: the longest pause between the first and the last speech;</li>
 *   <li>{@code dropouts}: holes inside speech: runs of digital zero, or runs of frames more than
 *       {@value #SUB_FLOOR_DB} dB below the noise floor (audio that was lost, not paused);</li>
 *   <li>{@code speechMs}: total speech duration.</li>
 * </ul>
 */
record Continuity(double leadingMs, double trailingMs, double longestGapMs, int dropouts, double speechMs) {
    static final double SUB_FLOOR_DB = 10;

    static Continuity measure(List<ZeroRuns.Run> zeros, int storedRate, double durationSeconds, Spectrogram spec,
                              VoiceActivity activity, double noiseFloorDbfs) {
        List<VoiceActivity.Segment> seg = activity.segments;
        if (seg.isEmpty()) {
            return new Continuity(durationSeconds * 1000, durationSeconds * 1000, 0, 0, 0);
        }
        double hopMs = 1000.0 * spec.hop / spec.rate;
        double leading = seg.get(0).start() * hopMs;
        double endMs = (seg.get(seg.size() - 1).end() - 1) * hopMs + 1000.0 * spec.frameLength / spec.rate;
        double trailing = Math.max(0, durationSeconds * 1000 - endMs);
        double gap = 0;
        double speech = 0;
        for (int i = 0; i < seg.size(); i++) {
            speech += seg.get(i).length() * hopMs;
            if (i > 0) {
                gap = Math.max(gap, (seg.get(i).start() - seg.get(i - 1).end()) * hopMs);
            }
        }
        boolean[] marked = new boolean[spec.frames];
        int dropouts = 0;
        for (ZeroRuns.Run r : zeros) {
            int f = ZeroRuns.frameAt(spec, r.centreSeconds(storedRate));
            if (activity.speech[f]) {
                dropouts++;
                int from = ZeroRuns.frameAt(spec, (double) r.start() / storedRate) - 2;
                int to = ZeroRuns.frameAt(spec, (double) (r.start() + r.length()) / storedRate) + 2;
                for (int k = Math.max(0, from); k <= Math.min(spec.frames - 1, to); k++) {
                    marked[k] = true;
                }
            }
        }
        dropouts += subFloorRuns(spec, activity, noiseFloorDbfs, marked);
        return new Continuity(leading, trailing, gap, dropouts, speech);
    }

    private static int subFloorRuns(Spectrogram spec, VoiceActivity activity, double noiseFloorDbfs, boolean[] marked) {
        if (Double.isNaN(noiseFloorDbfs) || noiseFloorDbfs <= Stats.db(Stats.SILENT_POWER) + 1) {
            return 0;
        }
        double[] power = spec.bandPower(ActiveSpeechSnr.LOW_HZ, spec.rate / 2.0);
        double limit = noiseFloorDbfs - SUB_FLOOR_DB;
        int runs = 0;
        boolean in = false;
        boolean touched = false;
        for (int f = 0; f < spec.frames; f++) {
            boolean dead = activity.speech[f] && Stats.db(power[f]) < limit;
            if (dead) {
                touched |= marked[f];
                in = true;
            } else if (in) {
                runs += touched ? 0 : 1;
                in = false;
                touched = false;
            }
        }
        return runs + (in && !touched ? 1 : 0);
    }
}
