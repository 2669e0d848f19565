package io.enrollment.qc.voice;

import io.enrollment.qc.UnreadableSampleException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes and reads small WAV files for tests. */
final class TestWav {
    private TestWav() {
    }

    /** Mono samples of a decodable WAV file (through the production reader). */
    static float[] read(Path file) throws IOException {
        try {
            return PcmDecoder.decode(WavReader.read(Files.readAllBytes(file))).samples;
        } catch (UnreadableSampleException e) {
            throw new UncheckedIOException(new IOException(file + ": " + e.getMessage(), e));
        }
    }

    /** A canonical 16-bit PCM WAV of {@code samples} (full scale ±1). */
    static byte[] pcm16(float[] samples, int rate, int channels) {
        ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2 * channels).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples.length * 2 * channels).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * 2 * channels).putShort((short) (2 * channels)).putShort((short) 16);
        b.put("data".getBytes()).putInt(samples.length * 2 * channels);
        for (float v : samples) {
            for (int c = 0; c < channels; c++) {
                b.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v * 32768))));
            }
        }
        return b.array();
    }
}
