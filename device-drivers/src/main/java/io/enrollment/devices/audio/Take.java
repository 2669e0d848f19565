package io.enrollment.devices.audio;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Objects;

/**
 * One recording as the driver delivered it: a RIFF WAV of 16-bit mono PCM, and what happened on the line.
 *
 * @param wav          the file bytes (copied in and out)
 * @param sampleRate   Hz
 * @param frames       frames in {@code wav}
 * @param lostFrames   frames the line captured but the driver never received (overrun), or the device
 *                     should have delivered but did not (stall)
 * @param interrupted  the take ended abnormally (device gone, line stopped, audio lost)
 * @param reason       what happened; empty for a normal take
 * @param device       the microphone and its state at the end of the take (R-QC-2)
 */
public record Take(byte[] wav, int sampleRate, long frames, long lostFrames, boolean interrupted, String reason,
                   DeviceInfo device) {
    public Take {
        wav = Objects.requireNonNull(wav, "wav").clone();
        reason = Objects.requireNonNullElse(reason, "");
        Objects.requireNonNull(device, "device");
    }

    @Override
    public byte[] wav() {
        return wav.clone();
    }

    public double seconds() {
        return (double) frames / sampleRate;
    }

    public double lostMillis() {
        return 1000.0 * lostFrames / sampleRate;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Take t && java.util.Arrays.equals(wav, t.wav) && sampleRate == t.sampleRate && frames == t.frames
                && lostFrames == t.lostFrames && interrupted == t.interrupted && reason.equals(t.reason) && device.equals(t.device);
    }

    @Override
    public int hashCode() {
        return Objects.hash(java.util.Arrays.hashCode(wav), sampleRate, frames, lostFrames, interrupted, reason, device);
    }

    @Override
    public String toString() {
        return "Take[" + frames + " frames at " + sampleRate + " Hz, lost " + lostFrames + (interrupted ? ", interrupted: " + reason : "") + "]";
    }
}
