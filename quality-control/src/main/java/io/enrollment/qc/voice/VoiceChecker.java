package io.enrollment.qc.voice;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code workstation qc voice FILE… --prompt "7 2 9 4 …" [--speech-model DIR]}: the batch side of voice
 * quality control. The speech model directory comes from {@code --speech-model}, else from the
 * environment variable {@value #MODEL_VARIABLE}; without one R-VOICE-8/11 are NOT_VERIFIED.
 */
public final class VoiceChecker implements SampleChecker {
    /** Environment variable naming the administrator-installed Vosk model directory. */
    public static final String MODEL_VARIABLE = "WORKSTATION_SPEECH_MODEL";
    private final Optional<Path> defaultModel;

    /** A checker whose default model is the one {@value #MODEL_VARIABLE} names, if any. */
    public static VoiceChecker fromEnvironment() {
        String dir = System.getenv(MODEL_VARIABLE);
        return new VoiceChecker(dir == null || dir.isBlank() ? Optional.empty() : Optional.of(Path.of(dir)));
    }

    public VoiceChecker(Optional<Path> defaultModel) {
        this.defaultModel = Objects.requireNonNull(defaultModel, "defaultModel");
    }

    @Override
    public Modality modality() {
        return Modality.VOICE;
    }

    @Override
    public Map<String, Boolean> options() {
        return Map.of("prompt", true, "speech-model", true);
    }

    @Override
    public String optionsUsage() {
        return "--prompt \"7 2 9 4 ...\" [--speech-model DIR]";
    }

    @Override
    public QualityReport check(byte[] data, Profile profile, Map<String, String> options) throws UnreadableSampleException {
        Optional<VoicePrompt> prompt;
        try {
            prompt = Optional.ofNullable(options.get("prompt")).map(VoicePrompt::parse);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSampleException("bad --prompt: " + e.getMessage(), e);
        }
        Optional<Path> model = Optional.ofNullable(options.get("speech-model")).map(Path::of).or(() -> defaultModel);
        SpeechRecognizerSource speech = model.map(SpeechRecognizerSource::vosk).orElse(SpeechRecognizerSource.none(
                "no Russian speech model is configured (--speech-model DIR or " + MODEL_VARIABLE + ")"));
        VoiceQualityControl qc;
        try {
            qc = new VoiceQualityControl(profile, speech);
        } catch (IllegalArgumentException e) {
            throw new UnreadableSampleException("cannot check voice: " + e.getMessage(), e);
        }
        return qc.check(data, prompt, Optional.empty());
    }
}
