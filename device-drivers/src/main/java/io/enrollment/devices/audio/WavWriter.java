package io.enrollment.devices.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes the canonical 44-byte RIFF header (format tag 0x0001) around 16-bit mono PCM. */
final class WavWriter {
    private WavWriter() {
    }

    static byte[] pcm16Mono(byte[] pcm, int length, int rate) {
        ByteBuffer b = ByteBuffer.allocate(44 + length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + length).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(length);
        b.put(pcm, 0, length);
        return b.array();
    }
}
