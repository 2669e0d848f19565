package io.enrollment.core.sample;

import io.enrollment.core.Bytes;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import java.util.Arrays;
import java.util.Objects;

/**
 * A voice recording as stored: RIFF WAV, PCM (R-VOICE-4), with the prompt the workstation generated
 * for it (R-VOICE-8).
 *
 * @param prompt the generated sequence, as digits/letters separated by single spaces
 */
public record VoiceSample(byte[] wav, String prompt, CaptureMetadata metadata, QualityReport quality)
        implements Sample {
    public VoiceSample {
        Objects.requireNonNull(wav, "wav");
        if (wav.length < 12 || wav[0] != 'R' || wav[1] != 'I' || wav[2] != 'F' || wav[3] != 'F'
                || wav[8] != 'W' || wav[9] != 'A' || wav[10] != 'V' || wav[11] != 'E') {
            throw new IllegalArgumentException("voice sample is not a RIFF WAVE file");
        }
        Objects.requireNonNull(prompt, "prompt");
        if (!prompt.matches("[0-9A-ZА-ЯЁ]( [0-9A-ZА-ЯЁ])*")) {
            throw new IllegalArgumentException("prompt must be single digits/letters separated by spaces: '" + prompt + "'");
        }
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(quality, "quality");
        if (quality.modality() != Modality.VOICE) {
            throw new IllegalArgumentException("a voice sample needs a voice quality report");
        }
        wav = wav.clone();
    }

    @Override
    public byte[] wav() {
        return wav.clone();
    }

    @Override
    public Modality modality() {
        return Modality.VOICE;
    }

    @Override
    public byte[] data() {
        return Bytes.copy(wav);
    }

    @Override
    public String mediaType() {
        return "audio/wav";
    }

    @Override
    public String fileName() {
        return "voice.wav";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VoiceSample v && Arrays.equals(wav, v.wav) && prompt.equals(v.prompt)
                && metadata.equals(v.metadata) && quality.equals(v.quality);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(wav), prompt, metadata, quality);
    }

    @Override
    public String toString() {
        return "VoiceSample[" + wav.length + " bytes]";
    }
}
