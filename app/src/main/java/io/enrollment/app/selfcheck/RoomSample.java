package io.enrollment.app.selfcheck;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * A quiet room as the demo's file-backed microphone hears it: Gaussian noise at about -60 dBFS, 16-bit mono
 * PCM WAV. The demo has no sound card to sample; its self-check analyses this (a real workstation records
 * its room through {@code microphone=device:NAME}).
 */
public final class RoomSample {
    private static final double LEVEL = 0.001;

    private RoomSample() {
    }

    public static byte[] quietRoom(int rate, double seconds, long seed) {
        int n = (int) (rate * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + n * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + n * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(n * 2);
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) {
            long v = Math.round(r.nextGaussian() * LEVEL * 32767);
            b.putShort((short) Math.max(-32768, Math.min(32767, v)));
        }
        return b.array();
    }
}
