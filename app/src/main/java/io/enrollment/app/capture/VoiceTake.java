package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.qc.voice.CaptureEvidence;
import java.util.Objects;

/** One WAV recording, the microphone as it was, and what the driver saw during the take (drop-outs). */
public record VoiceTake(byte[] wav, DeviceInfo device, CaptureEvidence evidence) {
    public VoiceTake {
        wav = wav.clone();
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(evidence, "evidence");
    }

    @Override
    public byte[] wav() {
        return wav.clone();
    }

    @Override
    public String toString() {
        return "VoiceTake[" + wav.length + " bytes]";
    }
}
