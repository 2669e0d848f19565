package io.enrollment.qc.voice;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** R-VOICE-2/3/4/5 and the duration limit, from the RIFF {@code fmt } chunk as written. */
final class VoiceFormatChecks {
    private VoiceFormatChecks() {
    }

    static List<CheckResult> check(WavFile wav, Profile p) {
        WavFormat f = wav.format();
        List<CheckResult> out = new ArrayList<>();
        out.add(CheckResult.measured("R-VOICE-4", "format-tag", f.formatTag(), Comparison.EQUAL,
                p.threshold("voice.format-tag"), "tag",
                "Store the recording as plain PCM WAV (format tag 0x0001); it is " + f.encodingName(),
                String.format(Locale.ROOT, "stored as %s (tag 0x%04X)", f.encodingName(), f.formatTag())));
        long expectedAlign = (long) f.channels() * ((f.bitsPerSample() + 7) / 8);
        long mismatch = Math.abs(f.blockAlign() - expectedAlign) + Math.abs(f.byteRate() - f.sampleRate() * f.blockAlign());
        out.add(CheckResult.measured("R-VOICE-4", "header-consistency", mismatch, Comparison.AT_MOST,
                p.threshold("voice.header.max-mismatch-bytes"), "bytes",
                "The WAV header contradicts itself (block align / byte rate); re-record with the workstation",
                "block align " + f.blockAlign() + ", byte rate " + f.byteRate()));
        out.add(CheckResult.measured("R-VOICE-2", "bits-per-sample", f.bitsPerSample(), Comparison.AT_LEAST,
                p.threshold("voice.bits.min"), "bit", "Record with at least 16 bits per sample"));
        out.add(CheckResult.measured("R-VOICE-3", "sampling-rate", f.sampleRate(), Comparison.AT_LEAST,
                p.threshold("voice.rate.min"), "Hz", "Record at 16 kHz or more"));
        out.add(CheckResult.measured("R-VOICE-5", "channels", f.channels(), Comparison.EQUAL,
                p.threshold("voice.channels"), "channels", "Record one channel (mono)"));
        out.add(CheckResult.measured("WS-VOICE-DURATION", "duration", round(wav.durationSeconds(), 3), Comparison.AT_MOST,
                p.threshold("voice.duration.max-s"), "s", "The recording is too long for one prompt; record again"));
        return out;
    }

    static double round(double v, int digits) {
        double s = Math.pow(10, digits);
        return Math.round(v * s) / s;
    }
}
