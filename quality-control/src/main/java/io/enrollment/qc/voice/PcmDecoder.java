package io.enrollment.qc.voice;

import io.enrollment.qc.UnreadableSampleException;
import java.util.Optional;

/**
 * Turns a WAVE data chunk into mono samples (channels averaged) for analysis. Decodes every encoding
 * the format checks may meet in practice (integer PCM 8–32 bit, float 32/64, A-law, µ-law, each also
 * inside WAVE_FORMAT_EXTENSIBLE), so a file that breaks R-VOICE-2…5 still gets its signal measured;
 * ADPCM and other compressed tags are not decoded.
 */
final class PcmDecoder {
    private PcmDecoder() {
    }

    /** Why the data cannot be decoded, or empty when it can. */
    static Optional<String> undecodableReason(WavFormat f) {
        int tag = f.effectiveTag();
        int bytes = (f.bitsPerSample() + 7) / 8;
        if (f.blockAlign() != f.channels() * bytes) {
            return Optional.of("block align " + f.blockAlign() + " does not match " + f.channels() + " channel(s) of "
                    + f.bitsPerSample() + " bits");
        }
        boolean ok = (tag == WavFormat.PCM && bytes >= 1 && bytes <= 4)
                || (tag == WavFormat.IEEE_FLOAT && (bytes == 4 || bytes == 8))
                || ((tag == WavFormat.ALAW || tag == WavFormat.MULAW) && bytes == 1);
        return ok ? Optional.empty() : Optional.of(f.encodingName() + " with " + f.bitsPerSample() + " bits is not decoded");
    }

    /** Float samples beyond this (60 dB over full scale) are not audio from a converter. */
    static final float MAX_FLOAT_SAMPLE = 1000f;

    /**
     * Decodes; call only when {@link #undecodableReason} is empty.
     *
     * @throws UnreadableSampleException when float samples are NaN, infinite or absurdly large
     */
    static Signal decode(WavFile wav) throws UnreadableSampleException {
        WavFormat f = wav.format();
        int channels = f.channels();
        int bytes = f.blockAlign() / channels;
        int frames = (int) wav.frames();
        float[] out = new float[frames];
        byte[] d = wav.data();
        int tag = f.effectiveTag();
        float scale = 1f / channels;
        int p = wav.dataOffset();
        for (int i = 0; i < frames; i++) {
            float sum = 0;
            for (int c = 0; c < channels; c++, p += bytes) {
                float v = sample(d, p, bytes, tag);
                if (!(Math.abs(v) <= MAX_FLOAT_SAMPLE)) {
                    throw new UnreadableSampleException("sample " + i + " is " + (Float.isNaN(v) ? "not a number" : v)
                            + ": the float data is corrupt");
                }
                sum += v;
            }
            out[i] = sum * scale;
        }
        return new Signal(out, (int) f.sampleRate());
    }

    private static float sample(byte[] d, int p, int bytes, int tag) {
        if (tag == WavFormat.ALAW) {
            return alaw(d[p] & 0xFF) / 32768f;
        }
        if (tag == WavFormat.MULAW) {
            return mulaw(d[p] & 0xFF) / 32768f;
        }
        if (tag == WavFormat.IEEE_FLOAT) {
            if (bytes == 4) {
                return Float.intBitsToFloat(le(d, p, 4));
            }
            long bits = (le(d, p, 4) & 0xFFFFFFFFL) | ((long) le(d, p + 4, 4)) << 32;
            return (float) Double.longBitsToDouble(bits);
        }
        switch (bytes) {
            case 1: return ((d[p] & 0xFF) - 128) / 128f;
            case 2: return (short) le(d, p, 2) / 32768f;
            case 3: return (le(d, p, 3) << 8 >> 8) / 8388608f;
            default: return (float) (le(d, p, 4) / 2147483648.0);
        }
    }

    private static int le(byte[] d, int p, int n) {
        int v = 0;
        for (int i = n - 1; i >= 0; i--) {
            v = v << 8 | (d[p + i] & 0xFF);
        }
        return v;
    }

    /** G.711 A-law to 16-bit linear. */
    static int alaw(int code) {
        int a = code ^ 0x55;
        int t = (a & 0x0F) << 4;
        int seg = (a & 0x70) >> 4;
        if (seg == 0) {
            t += 8;
        } else {
            t = (t + 0x108) << (seg - 1);
        }
        return (a & 0x80) != 0 ? t : -t;
    }

    /** G.711 µ-law to 16-bit linear. */
    static int mulaw(int code) {
        int u = ~code & 0xFF;
        int t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }
}
