package io.enrollment.qc.voice;

import java.util.Objects;

/**
 * A parsed WAVE file: its format chunk and where its audio bytes are. The bytes are not copied;
 * {@link PcmDecoder} turns them into samples.
 *
 * @param format      the {@code fmt } chunk
 * @param data        the whole file
 * @param dataOffset  first byte of the {@code data} chunk's payload
 * @param dataLength  payload length in bytes, whole frames only
 */
public record WavFile(WavFormat format, byte[] data, int dataOffset, int dataLength) {
    public WavFile {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(data, "data");
        if (dataOffset < 0 || dataLength < 0 || (long) dataOffset + dataLength > data.length) {
            throw new IllegalArgumentException("data chunk outside the file");
        }
    }

    /** Frames (samples per channel) in the data chunk. */
    public long frames() {
        return format.blockAlign() == 0 ? 0 : dataLength / format.blockAlign();
    }

    /** Duration in seconds. */
    public double durationSeconds() {
        return format.sampleRate() == 0 ? 0 : (double) frames() / format.sampleRate();
    }
}
