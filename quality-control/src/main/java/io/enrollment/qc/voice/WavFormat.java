package io.enrollment.qc.voice;

import java.util.Locale;

/**
 * The {@code fmt } chunk of a WAVE file, as written (not as a decoder would interpret it).
 *
 * @param formatTag      wFormatTag: 0x0001 PCM, 0x0003 IEEE float, 0x0006 A-law, 0x0007 µ-law,
 *                       0x0011 IMA ADPCM, 0x0002 MS ADPCM, 0xFFFE extensible, …
 * @param subFormatTag   for 0xFFFE, the first two bytes of the SubFormat GUID (1 = PCM, 3 = float);
 *                       -1 when absent
 * @param channels       nChannels
 * @param sampleRate     nSamplesPerSec, Hz
 * @param byteRate       nAvgBytesPerSec
 * @param blockAlign     nBlockAlign, bytes per frame of all channels
 * @param bitsPerSample  wBitsPerSample (container bits)
 */
public record WavFormat(int formatTag, int subFormatTag, int channels, long sampleRate, long byteRate,
                        int blockAlign, int bitsPerSample) {

    public static final int PCM = 0x0001;
    public static final int IEEE_FLOAT = 0x0003;
    public static final int ALAW = 0x0006;
    public static final int MULAW = 0x0007;
    public static final int EXTENSIBLE = 0xFFFE;

    /** The encoding samples are actually stored in, looking through WAVE_FORMAT_EXTENSIBLE. */
    public int effectiveTag() {
        return formatTag == EXTENSIBLE && subFormatTag >= 0 ? subFormatTag : formatTag;
    }

    /** Whether block align and byte rate agree with channels, bits and rate (R-VOICE-4). */
    public boolean consistent() {
        return blockAlign == channels * ((bitsPerSample + 7) / 8) && byteRate == sampleRate * blockAlign;
    }

    /** A human name of the stored encoding ("PCM", "µ-law", "tag 0x0011 (IMA ADPCM)"). */
    public String encodingName() {
        String base = name(formatTag);
        if (formatTag == EXTENSIBLE) {
            return base + (subFormatTag >= 0 ? " of " + name(subFormatTag) : "");
        }
        return base;
    }

    private static String name(int tag) {
        switch (tag) {
            case PCM: return "PCM";
            case IEEE_FLOAT: return "IEEE float";
            case ALAW: return "A-law";
            case MULAW: return "µ-law";
            case 0x0002: return "MS ADPCM";
            case 0x0011: return "IMA ADPCM";
            case 0x0031: return "GSM 6.10";
            case 0x0055: return "MPEG layer 3";
            case EXTENSIBLE: return "WAVE_FORMAT_EXTENSIBLE";
            default: return String.format(Locale.ROOT, "tag 0x%04X", tag);
        }
    }
}
