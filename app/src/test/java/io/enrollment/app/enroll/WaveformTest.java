package io.enrollment.app.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The waveform and level of a 16-bit PCM WAV: a half-scale tone peaks at -6 dBFS, silence has no level. */
class WaveformTest {
    private static byte[] wav(short[] samples) {
        ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(16000).putInt(32000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(samples.length * 2);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    @Test
    void halfScaleToneInTheSecondHalf() {
        short[] s = new short[16000];
        for (int i = 8000; i < s.length; i++) {
            s[i] = (short) Math.round(16384 * Math.sin(2 * Math.PI * 440 * i / 16000.0));
        }
        Waveform w = Waveform.of(wav(s), 10);
        assertEquals(-6.02, w.peakDbfs(), 0.05);
        assertEquals(0.0, w.peaks()[0]);
        assertTrue(w.peaks()[9] > 0.49);
        assertTrue(Double.isInfinite(Waveform.of(wav(new short[100]), 4).peakDbfs()));
    }
}
