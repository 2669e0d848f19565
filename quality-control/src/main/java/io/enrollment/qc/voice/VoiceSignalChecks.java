package io.enrollment.qc.voice;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Holds the signal measures against the profile's thresholds: clipping, DC, R-VOICE-1, 6, 9, 7, 12. */
final class VoiceSignalChecks {
    private final Profile p;

    VoiceSignalChecks(Profile profile) {
        this.p = profile;
    }

    List<CheckResult> results(VoiceMeasures m, int symbols, Optional<CaptureEvidence> capture) {
        List<CheckResult> out = new ArrayList<>();
        out.add(CheckResult.measured("WS-VOICE-CLIPPING", "clipped-samples", r(100 * m.integrity().clippedFraction(), 4),
                Comparison.AT_MOST, p.threshold("voice.clipping.max-percent"), "%",
                "The recording is clipped: speak a little further from the microphone or lower its gain",
                fmt("peak %.3f of full scale", m.integrity().peak())));
        out.add(CheckResult.measured("WS-VOICE-DC-OFFSET", "dc-offset", r(100 * m.integrity().dcOffset(), 3), Comparison.AT_MOST,
                p.threshold("voice.dc.max-percent"), "% FS", "The microphone adds a DC offset: check or replace it"));
        ActiveSpeechSnr snr = m.snr();
        String snrDetail = fmt("speech %.1f dBFS over %d frames, noise %.1f dBFS over %d frames; WADA-SNR %.1f dB (not gated)",
                snr.speechDbfs(), snr.speechFrames(), snr.noiseDbfs(), snr.noiseFrames(), m.wadaSnrDb());
        out.add(Double.isNaN(snr.snrDb())
                ? CheckResult.notVerified("R-VOICE-1", "active-snr", Comparison.AT_LEAST, p.threshold("voice.snr.min"), "dB",
                        "No speech or no pause to measure the noise in: leave a moment of silence before and after speaking")
                : CheckResult.measured("R-VOICE-1", "active-snr", r(snr.snrDb(), 2), Comparison.AT_LEAST,
                        p.threshold("voice.snr.min"), "dB", "Too much background noise: move somewhere quieter, close the door, "
                                + "and speak close to the microphone", snrDetail));
        addTraces(out, m.traces());
        addContinuity(out, m.continuity(), symbols, capture);
        SpeakerPitch pitch = m.pitch();
        out.add(Double.isNaN(pitch.separationSemitones())
                ? CheckResult.notVerified("R-VOICE-7", "pitch-clusters", Comparison.AT_MOST,
                        p.threshold("voice.speakers.max-separation-st"), "semitones",
                        "Too little voiced speech to judge the number of speakers: the operator must confirm one voice")
                : CheckResult.measured("R-VOICE-7", "pitch-clusters", r(pitch.separationSemitones(), 2), Comparison.AT_MOST,
                        p.threshold("voice.speakers.max-separation-st"), "semitones",
                        "More than one voice is heard: only the subject may speak during the recording",
                        fmt("%d voiced segments; groups at %.0f Hz and %.0f Hz", pitch.segments(), pitch.lowHz(), pitch.highHz())));
        boolean snrHolds = !Double.isNaN(snr.snrDb()) && snr.snrDb() >= p.threshold("voice.snr.min");
        double tel = m.telephone().hfDynamicsDb();
        double telMin = p.threshold("voice.telephone.hf-dynamics.min-db");
        if (Double.isNaN(tel)) {
            out.add(CheckResult.notVerified("R-VOICE-12", "hf-dynamics", Comparison.AT_LEAST, telMin, "dB",
                    "Sampling rate below 16 kHz: the band above 4 kHz that shows a telephone channel does not exist"));
        } else if (!snrHolds) {
            out.add(CheckResult.notVerified("R-VOICE-12", "hf-dynamics", Comparison.AT_LEAST, telMin, "dB",
                    "Judged only when R-VOICE-1 holds: noise fills the band above 4 kHz"));
        } else {
            out.add(CheckResult.measured("R-VOICE-12", "hf-dynamics", r(tel, 2), Comparison.AT_LEAST, telMin, "dB",
                    "The recording has no speech above 4 kHz, as after a telephone line: record directly with the "
                            + "workstation microphone"));
        }
        return out;
    }

    private void addTraces(List<CheckResult> out, NoiseSuppressionTraces t) {
        String guidance = "The recording shows traces of noise suppression: switch off noise cancellation/"
                + "enhancement in the sound settings and record again";
        out.add(CheckResult.measured("R-VOICE-6", "zero-runs", t.zeroRuns(), Comparison.AT_MOST,
                p.threshold("voice.nr.zero-runs.max"), "runs", guidance, "runs of digital zero in the pauses"));
        String pauses = "Too little pause to look for noise-suppression traces: leave silence before and after speaking";
        out.add(measuredOr(t.noiseSpreadDb(), "noise-spread", Comparison.AT_MOST, "voice.nr.noise-spread.max-db", "dB", guidance, pauses));
        out.add(measuredOr(t.spectralHolePercent(), "spectral-holes", Comparison.AT_MOST, "voice.nr.spectral-holes.max-percent",
                "%", guidance, Double.isNaN(t.noiseSpreadDb()) ? pauses : "The pauses are digital silence: no noise to examine"));
        out.add(measuredOr(Math.max(t.noiseFloorDbfs(), -200), "noise-floor", Comparison.AT_LEAST, "voice.nr.floor.min-dbfs",
                "dBFS", guidance, pauses));
    }

    private CheckResult measuredOr(double value, String name, Comparison c, String key, String unit, String guidance,
                                   String reasonIfNaN) {
        return Double.isNaN(value)
                ? CheckResult.notVerified("R-VOICE-6", name, c, p.threshold(key), unit, reasonIfNaN)
                : CheckResult.measured("R-VOICE-6", name, r(value, 2), c, p.threshold(key), unit, guidance);
    }

    private void addContinuity(List<CheckResult> out, Continuity c, int symbols, Optional<CaptureEvidence> capture) {
        out.add(CheckResult.measured("R-VOICE-9", "leading-silence", r(c.leadingMs(), 0), Comparison.AT_LEAST,
                p.threshold("voice.silence.leading.min-ms"), "ms", "The recording starts inside speech: start recording, "
                        + "wait a moment, then speak"));
        out.add(CheckResult.measured("R-VOICE-9", "trailing-silence", r(c.trailingMs(), 0), Comparison.AT_LEAST,
                p.threshold("voice.silence.trailing.min-ms"), "ms", "The recording ends inside speech: stop only after "
                        + "the last digit"));
        out.add(CheckResult.measured("R-VOICE-9", "longest-gap", r(c.longestGapMs(), 0), Comparison.AT_MOST,
                p.threshold("voice.gap.max-ms"), "ms", "The reading was interrupted by a long pause: read the whole "
                        + "sequence in one go"));
        out.add(CheckResult.measured("R-VOICE-9", "dropouts", c.dropouts(), Comparison.AT_MOST,
                p.threshold("voice.dropouts.max"), "dropouts", "Audio was lost during the recording: check the microphone "
                        + "cable and record again"));
        out.add(CheckResult.measured("R-VOICE-9", "speech-per-symbol", r(c.speechMs() / symbols, 0), Comparison.AT_LEAST,
                p.threshold("voice.speech.min-ms-per-symbol"), "ms", "Too little speech for the whole sequence: read "
                        + "every digit aloud", fmt("%.0f ms of speech for %d symbols", c.speechMs(), symbols)));
        capture.ifPresent(e -> {
            out.add(CheckResult.measured("R-VOICE-9", "capture-lost-audio", r(e.lostMillis(), 1), Comparison.AT_MOST,
                    p.threshold("voice.capture.lost-ms.max"), "ms", "Audio was lost while recording (the computer could not "
                            + "keep up): close other programs and record again"));
            out.add(CheckResult.measured("R-VOICE-9", "capture-interrupted", e.interrupted() ? 1 : 0, Comparison.AT_MOST,
                    p.threshold("voice.capture.interruptions.max"), "interruptions",
                    "The recording was interrupted" + (e.reason().isEmpty() ? "" : " (" + e.reason() + ")")
                            + ": check the microphone and record again", e.reason()));
        });
    }

    /** Signal checks when the signal cannot be analysed: each names the reason. */
    List<CheckResult> notAnalysed(String reason) {
        String why = "Signal not analysed: " + reason;
        return List.of(
                CheckResult.notVerified("R-VOICE-1", "active-snr", Comparison.AT_LEAST, p.threshold("voice.snr.min"), "dB", why),
                CheckResult.notVerified("R-VOICE-6", "noise-suppression", Comparison.AT_MOST,
                        p.threshold("voice.nr.spectral-holes.max-percent"), "%", why),
                CheckResult.notVerified("R-VOICE-7", "pitch-clusters", Comparison.AT_MOST,
                        p.threshold("voice.speakers.max-separation-st"), "semitones", why),
                CheckResult.notVerified("R-VOICE-9", "continuity", Comparison.AT_MOST, p.threshold("voice.gap.max-ms"), "ms", why),
                CheckResult.notVerified("R-VOICE-12", "hf-dynamics", Comparison.AT_LEAST,
                        p.threshold("voice.telephone.hf-dynamics.min-db"), "dB", why));
    }

    private static double r(double v, int digits) {
        return VoiceFormatChecks.round(v, digits);
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
