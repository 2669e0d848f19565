package io.enrollment.app.headless;

import io.enrollment.app.capture.CaptureException;
import io.enrollment.app.capture.VoiceRecorder;
import io.enrollment.app.capture.VoiceTake;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.VoiceSample;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.core.voice.VoicePromptGenerator;
import io.enrollment.qc.UnreadableSampleException;
import io.enrollment.qc.voice.VoiceQualityControl;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The voice step without a screen: a fresh prompt for every take (R-VOICE-8), recorded through the
 * workstation's microphone (in the demo, the prompt read by espeak-ng and played through the file-backed
 * microphone in real time) and checked against every rule; a failing take is retaken with a new prompt up to the
 * profile's attempts, after which the caller records the capture as rejected (R-QC-3).
 */
final class VoiceCapture {
    private final VoiceRecorder microphone;
    private final VoiceQualityControl qc;
    private final VoicePromptGenerator prompts;
    private final int attempts;

    /** What the step came to: the sample, or the last failing take for the rejection record. */
    record Result(Optional<VoiceSample> sample, int takes, QualityReport lastReport, byte[] lastWav) {
        boolean passed() {
            return sample.isPresent();
        }
    }

    VoiceCapture(VoiceRecorder microphone, VoiceQualityControl qc, VoicePromptGenerator prompts, int attempts) {
        this.microphone = microphone;
        this.qc = qc;
        this.prompts = prompts;
        this.attempts = attempts;
    }

    /** Attempts before the capture counts as failed (profile setting). */
    int attempts() {
        return attempts;
    }

    /**
     * @throws CaptureException when the microphone cannot deliver
     * @throws UnreadableSampleException when the recording cannot be read as WAV
     */
    Result capture(Function<List<DeviceInfo>, CaptureMetadata> metadata) throws CaptureException, UnreadableSampleException {
        QualityReport report = null;
        byte[] wav = new byte[0];
        for (int take = 1; take <= attempts; take++) {
            VoicePrompt prompt = prompts.next();
            VoiceTake recording = microphone.record(prompt, level -> { });
            wav = recording.wav();
            report = qc.check(wav, Optional.of(prompt), Optional.of(recording.evidence()));
            if (report.verdict() != Verdict.FAIL) {
                return new Result(Optional.of(new VoiceSample(wav, prompt.display(), metadata.apply(List.of(recording.device())), report)),
                        take, report, new byte[0]);
            }
        }
        return new Result(Optional.empty(), attempts, report, wav);
    }
}
