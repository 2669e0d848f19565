package io.enrollment.qc.voice;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.qc.UnreadableSampleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Quality control of one voice recording against every rule of item 12 (R-VOICE-1…12) plus clipping,
 * DC offset and duration: the format from the RIFF chunks, then the signal measures, then the spoken
 * content, then the attestation the software cannot give. Each result carries its measured value, the
 * profile's threshold, the unit and the rule.
 *
 * <p>Cost: about 2 ms of CPU per second of audio at 16 kHz without a speech model (8 ms for 5 s; see
 * {@code docs/benchmarks.md}); a speech model adds its own recognition time. Thread-safe.
 */
public final class VoiceQualityControl {
    private final Profile profile;
    private final SpeechRecognizerSource speech;

    /**
     * @throws IllegalArgumentException when the profile has no voice thresholds (it does not collect voice)
     */
    public VoiceQualityControl(Profile profile, SpeechRecognizerSource speech) {
        this.profile = Objects.requireNonNull(profile, "profile");
        if (!profile.hasThreshold("voice.snr.min")) {
            throw new IllegalArgumentException("profile " + profile.id() + " defines no voice thresholds (it does not collect voice)");
        }
        this.speech = Objects.requireNonNull(speech, "speech");
    }

    /**
     * @param wav      the file's bytes
     * @param prompt   the sequence generated for this capture; without it R-VOICE-8 cannot be verified
     * @param capture  what the driver saw during the take; empty for a stored file
     * @throws UnreadableSampleException when the bytes are not a readable WAVE file
     */
    public QualityReport check(byte[] wav, Optional<VoicePrompt> prompt, Optional<CaptureEvidence> capture)
            throws UnreadableSampleException {
        WavFile file = WavReader.read(wav);
        List<CheckResult> checks = new ArrayList<>(VoiceFormatChecks.check(file, profile));
        VoiceSignalChecks signal = new VoiceSignalChecks(profile);
        Optional<String> notAnalysed = whyNotAnalysed(file);
        if (notAnalysed.isPresent()) {
            checks.addAll(signal.notAnalysed(notAnalysed.get()));
            checks.addAll(contentNotChecked("the signal was not analysed (" + notAnalysed.get() + ")"));
        } else {
            VoiceMeasures m = VoiceMeasures.of(PcmDecoder.decode(file), profile.threshold("voice.speakers.min-cluster-fraction"));
            int symbols = prompt.map(VoicePrompt::length)
                    .orElse(Integer.parseInt(profile.setting("voice.prompt.min-length", "8")));
            checks.addAll(signal.results(m, symbols, capture));
            checks.addAll(content(m.analysis(), prompt));
        }
        checks.add(CheckResult.notVerified("R-VOICE-10", "calm-state", Comparison.EQUAL, 1, "attestation",
                "Software cannot judge the speaker's state: the operator attests a normal, calm voice without signs of illness"));
        return new QualityReport(Modality.VOICE, profile.id(), checks);
    }

    private Optional<String> whyNotAnalysed(WavFile file) {
        Optional<String> codec = PcmDecoder.undecodableReason(file.format());
        if (codec.isPresent()) {
            return codec;
        }
        if (file.format().sampleRate() < VoiceMeasures.MIN_ANALYSIS_RATE) {
            return Optional.of("a sampling rate of " + file.format().sampleRate() + " Hz is too low to analyse speech");
        }
        if (file.durationSeconds() > profile.threshold("voice.duration.max-s")) {
            return Optional.of("longer than the duration limit");
        }
        return Optional.empty();
    }

    private List<CheckResult> content(Signal analysis, Optional<VoicePrompt> prompt) {
        if (prompt.isEmpty()) {
            return contentNotChecked("no prompt was given (--prompt)");
        }
        try (SpeechRecognizer recognizer = speech.open()) {
            SpokenContent c = SpokenContent.measure(recognizer, analysis, prompt.get());
            return List.of(
                    CheckResult.measured("R-VOICE-8", "prompt-errors", c.symbolErrors(), Comparison.AT_MOST,
                            profile.threshold("voice.prompt.max-errors"), "symbols",
                            "The digits read differ from the prompt: read exactly the sequence on the screen",
                            "heard: " + c.heard() + "; prompt: " + prompt.get().display()),
                    CheckResult.measured("R-VOICE-11", "russian-confidence", VoiceFormatChecks.round(c.meanConfidence(), 3),
                            Comparison.AT_LEAST, profile.threshold("voice.language.min-confidence"), "confidence",
                            "The speech was not recognised as Russian: read the sequence in Russian"));
        } catch (SpeechRecognitionException e) {
            return contentNotChecked(e.getMessage());
        }
    }

    private List<CheckResult> contentNotChecked(String why) {
        String listen = "Not verified by software (" + why + "): the operator listens to the recording and confirms ";
        return List.of(
                CheckResult.notVerified("R-VOICE-8", "prompt-errors", Comparison.AT_MOST,
                        profile.threshold("voice.prompt.max-errors"), "symbols", listen + "that exactly the prompted sequence was read"),
                CheckResult.notVerified("R-VOICE-11", "russian-confidence", Comparison.AT_LEAST,
                        profile.threshold("voice.language.min-confidence"), "confidence", listen + "that it was read in Russian"));
    }
}
