package io.enrollment.devices.audio;

import javax.sound.sampled.AudioFormat;

/**
 * The one format the workstation records in: signed 16-bit little-endian PCM, mono, at 16 kHz or more
 * (R-VOICE-2/3/4/5). Drivers ask devices for exactly this and never convert afterwards.
 */
public final class CaptureFormat {
    public static final int MIN_RATE = 16000;
    /** Rates tried in order when a device is opened. */
    public static final int[] RATES = {16000, 48000, 44100, 32000, 22050};
    /** About 20 ms per read. */
    public static final double CHUNK_SECONDS = 0.020;
    /** About 200 ms of line buffer. */
    public static final double BUFFER_SECONDS = 0.200;

    private CaptureFormat() {
    }

    public static AudioFormat pcm16Mono(int rate) {
        if (rate < MIN_RATE) {
            throw new IllegalArgumentException("capture rate must be at least " + MIN_RATE + " Hz: " + rate);
        }
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, rate, 16, 1, 2, rate, false);
    }

    /** Whether {@code f} is the capture format at some rate ≥ 16 kHz. */
    public static boolean acceptable(AudioFormat f) {
        return AudioFormat.Encoding.PCM_SIGNED.equals(f.getEncoding()) && f.getSampleSizeInBits() == 16
                && f.getChannels() == 1 && !f.isBigEndian() && f.getSampleRate() >= MIN_RATE;
    }

    static int bytes(AudioFormat f, double seconds) {
        int frames = Math.max(1, (int) Math.round(f.getFrameRate() * seconds));
        return frames * f.getFrameSize();
    }
}
