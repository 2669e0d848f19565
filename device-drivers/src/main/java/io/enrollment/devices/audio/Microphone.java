package io.enrollment.devices.audio;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.TargetDataLine;

/**
 * A microphone over a {@link TargetDataLine}: a real device from {@link MicrophoneCatalog}, or a WAV file
 * played in real time ({@link WavFileLine}) for the demo and tests. One take at a time.
 */
public final class Microphone {
    private final TargetDataLine line;
    private final AudioFormat format;
    private final DeviceInfo info;

    /**
     * @param format a {@link CaptureFormat} the line supports
     * @throws IllegalArgumentException when {@code format} is not 16-bit mono PCM at 16 kHz or more
     */
    public Microphone(TargetDataLine line, AudioFormat format, DeviceInfo info) {
        this.line = Objects.requireNonNull(line, "line");
        if (!CaptureFormat.acceptable(format)) {
            throw new IllegalArgumentException("not a capture format for voice samples: " + format);
        }
        this.format = format;
        this.info = Objects.requireNonNull(info, "info");
    }

    public DeviceInfo info() {
        return info;
    }

    public AudioFormat format() {
        return format;
    }

    /**
     * Opens the line (~200 ms buffer) and starts a take.
     *
     * @param maxSeconds the take stops by itself after this much audio
     * @throws AudioDeviceException when the device cannot be opened (busy, gone)
     */
    public Recording start(LevelListener listener, double maxSeconds) throws AudioDeviceException {
        try {
            line.open(format, CaptureFormat.bytes(format, CaptureFormat.BUFFER_SECONDS));
        } catch (LineUnavailableException | IllegalStateException | SecurityException e) {
            throw new AudioDeviceException("cannot open microphone " + info.model() + ": " + e.getMessage(), e);
        }
        Recording r = new Recording(line, info, Objects.requireNonNull(listener, "listener"), maxSeconds);
        r.begin();
        return r;
    }
}
