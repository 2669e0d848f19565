package io.enrollment.app.enroll;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The peaks of a 16-bit PCM WAV recording in a fixed number of buckets (for the waveform) and its peak
 * level in dBFS (for the level meter). Reads the RIFF chunks itself; other encodings give an empty picture.
 */
public record Waveform(double[] peaks, double peakDbfs) {
    public Waveform {
        peaks = peaks.clone();
    }

    @Override
    public double[] peaks() {
        return peaks.clone();
    }

    public static Waveform of(byte[] wav, int buckets) {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int bits = 0;
        int channels = 1;
        int pos = 12;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = b.getInt(pos + 4);
            if (size < 0 || pos + 8L + size > wav.length) {
                size = wav.length - pos - 8;
            }
            if (id.equals("fmt ") && size >= 16) {
                channels = b.getShort(pos + 10);
                bits = b.getShort(pos + 22);
            } else if (id.equals("data") && bits == 16 && channels >= 1) {
                return fromPcm(b, pos + 8, size / (2 * channels), channels, buckets);
            }
            pos += 8 + size + (size & 1);
        }
        return new Waveform(new double[buckets], Double.NEGATIVE_INFINITY);
    }

    private static Waveform fromPcm(ByteBuffer b, int start, int frames, int channels, int buckets) {
        double[] peaks = new double[buckets];
        double max = 0;
        for (int i = 0; i < frames; i++) {
            double v = Math.abs(b.getShort(start + i * 2 * channels)) / 32768.0;
            int k = (int) ((long) i * buckets / Math.max(1, frames));
            peaks[k] = Math.max(peaks[k], v);
            max = Math.max(max, v);
        }
        return new Waveform(peaks, max == 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(max));
    }
}
