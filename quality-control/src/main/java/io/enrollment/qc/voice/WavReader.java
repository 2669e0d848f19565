package io.enrollment.qc.voice;

import io.enrollment.qc.UnreadableSampleException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the RIFF/WAVE chunk structure itself (R-VOICE-4): {@code javax.sound} reports a 24-bit
 * extensible file as plain PCM, which is exactly the difference the rule is about.
 *
 * <p>Every size in the file is checked against the bytes that are actually there before it is used, so a
 * header that lies about its sizes is refused with a reason and never makes the reader allocate or
 * loop beyond the input. Nothing is allocated in proportion to a declared size.
 */
public final class WavReader {
    /** More channels than this is not a recording from a microphone; refusing keeps decoding bounded. */
    static final int MAX_CHANNELS = 32;
    static final long MAX_RATE = 768_000;

    private WavReader() {
    }

    /**
     * @throws UnreadableSampleException when the bytes are not a complete, self-consistent RIFF WAVE file
     *                                   with a format and a non-empty data chunk
     */
    public static WavFile read(byte[] bytes) throws UnreadableSampleException {
        if (bytes.length < 12) {
            throw new UnreadableSampleException("too short for a RIFF header: " + bytes.length + " bytes (need 12)");
        }
        String magic = ascii(bytes, 0);
        if (magic.equals("RF64") || magic.equals("RIFX")) {
            throw new UnreadableSampleException("'" + magic + "' files are not supported; store as little-endian RIFF WAVE");
        }
        if (!magic.equals("RIFF")) {
            throw new UnreadableSampleException("not a WAV file: no RIFF header (starts with " + printable(bytes, 0, 4) + ")");
        }
        if (!ascii(bytes, 8).equals("WAVE")) {
            throw new UnreadableSampleException("RIFF file of form '" + printable(bytes, 8, 4) + "', not WAVE");
        }
        long riffEnd = 8 + u32(bytes, 4);
        if (riffEnd > bytes.length) {
            throw new UnreadableSampleException("RIFF header declares " + riffEnd + " bytes but the file has "
                    + bytes.length + ": truncated, or the header lies");
        }
        WavFormat format = null;
        int dataOffset = -1;
        long dataSize = -1;
        long offset = 12;
        while (offset + 8 <= riffEnd) {
            String id = ascii(bytes, (int) offset);
            long size = u32(bytes, (int) offset + 4);
            long payload = offset + 8;
            if (size > riffEnd - payload) {
                throw new UnreadableSampleException("chunk '" + printable(bytes, (int) offset, 4) + "' at byte " + offset
                        + " declares " + size + " bytes but only " + (riffEnd - payload) + " remain: truncated, or the header lies");
            }
            if (id.equals("fmt ")) {
                if (format != null) {
                    throw new UnreadableSampleException("two fmt chunks");
                }
                format = parseFormat(bytes, (int) payload, size);
            } else if (id.equals("data")) {
                if (dataOffset >= 0) {
                    throw new UnreadableSampleException("two data chunks");
                }
                dataOffset = (int) payload;
                dataSize = size;
            }
            offset = payload + size + (size & 1);
        }
        if (format == null) {
            throw new UnreadableSampleException("no fmt chunk: the file does not say how its audio is encoded");
        }
        if (dataOffset < 0) {
            throw new UnreadableSampleException("no data chunk: the file holds no audio");
        }
        if (dataSize == 0) {
            throw new UnreadableSampleException("data chunk is empty: 0 bytes of audio");
        }
        long whole = dataSize - dataSize % format.blockAlign();
        if (whole == 0) {
            throw new UnreadableSampleException("data chunk holds " + dataSize + " bytes, less than one frame of "
                    + format.blockAlign() + " bytes");
        }
        return new WavFile(format, bytes, dataOffset, (int) whole);
    }

    private static WavFormat parseFormat(byte[] b, int at, long size) throws UnreadableSampleException {
        if (size < 16) {
            throw new UnreadableSampleException("fmt chunk is " + size + " bytes; a WAVE format needs at least 16");
        }
        int tag = u16(b, at);
        int channels = u16(b, at + 2);
        long rate = u32(b, at + 4);
        long byteRate = u32(b, at + 8);
        int blockAlign = u16(b, at + 12);
        int bits = u16(b, at + 14);
        int subTag = -1;
        if (tag == WavFormat.EXTENSIBLE) {
            if (size < 40) {
                throw new UnreadableSampleException("WAVE_FORMAT_EXTENSIBLE fmt chunk is " + size + " bytes; it needs 40");
            }
            subTag = u16(b, at + 24);
        }
        if (channels == 0 || channels > MAX_CHANNELS) {
            throw new UnreadableSampleException("fmt chunk declares " + channels + " channels");
        }
        if (rate == 0 || rate > MAX_RATE) {
            throw new UnreadableSampleException("fmt chunk declares a sampling rate of " + rate + " Hz");
        }
        if (blockAlign == 0) {
            throw new UnreadableSampleException("fmt chunk declares a block align of 0 bytes");
        }
        if (bits == 0 && (tag == WavFormat.PCM || tag == WavFormat.EXTENSIBLE || tag == WavFormat.IEEE_FLOAT)) {
            throw new UnreadableSampleException("fmt chunk declares 0 bits per sample");
        }
        return new WavFormat(tag, subTag, channels, rate, byteRate, blockAlign, bits);
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32(byte[] b, int at) {
        return (b[at] & 0xFFL) | (b[at + 1] & 0xFFL) << 8 | (b[at + 2] & 0xFFL) << 16 | (b[at + 3] & 0xFFL) << 24;
    }

    private static String ascii(byte[] b, int at) {
        return new String(b, at, 4, StandardCharsets.ISO_8859_1);
    }

    private static String printable(byte[] b, int at, int n) {
        StringBuilder s = new StringBuilder("'");
        for (int i = at; i < at + n && i < b.length; i++) {
            int c = b[i] & 0xFF;
            s.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format(Locale.ROOT, "\\x%02X", c));
        }
        return s.append('\'').toString();
    }
}
