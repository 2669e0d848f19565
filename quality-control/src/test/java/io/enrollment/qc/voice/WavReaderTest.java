package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.qc.UnreadableSampleException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** The RIFF reader on good files and on every kind of bad input the issue lists. */
class WavReaderTest {
    private static final byte[] GOOD = TestWav.pcm16(new float[] {0.1f, -0.2f, 0.3f, 0f}, 16000, 1);

    private static String refused(byte[] bytes) {
        UnreadableSampleException e = assertThrows(UnreadableSampleException.class, () -> WavReader.read(bytes));
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        return e.getMessage();
    }

    private static byte[] patch(byte[] b, int at, int value) {
        byte[] c = b.clone();
        ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return c;
    }

    @Test
    void R_VOICE_4_readsTheFormatChunkAsWritten() throws Exception {
        WavFile f = WavReader.read(GOOD);
        assertEquals(WavFormat.PCM, f.format().formatTag());
        assertEquals(16, f.format().bitsPerSample());
        assertEquals(16000, f.format().sampleRate());
        assertEquals(1, f.format().channels());
        assertEquals(4, f.frames());
        assertTrue(f.format().consistent());
    }

    @Test
    void R_VOICE_4_javaSoundWritesPlainPcmThatTheReaderAccepts() throws Exception {
        byte[] pcm = new byte[3200];
        AudioFormat fmt = new AudioFormat(16000, 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(new AudioInputStream(new ByteArrayInputStream(pcm), fmt, 1600), AudioFileFormat.Type.WAVE, out);
        WavFile f = WavReader.read(out.toByteArray());
        assertEquals(1, f.format().formatTag());
        assertEquals(1600, f.frames());
    }

    @Test
    void nonWavBytesAreRefusedWithWhatTheyStartWith() {
        assertTrue(refused("%PDF-1.7 this is not audio".getBytes(StandardCharsets.US_ASCII)).contains("no RIFF header"));
        assertTrue(refused(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0}).contains("\\xFF"));
    }

    @Test
    void truncatedHeadersAreRefused() {
        assertTrue(refused(Arrays.copyOf(GOOD, 7)).contains("too short"));
        assertTrue(refused(Arrays.copyOf(GOOD, 30)).contains("truncated"));
        // the RIFF size fixed up to the cut: the fmt chunk itself is now cut
        byte[] cut = patch(Arrays.copyOf(GOOD, 30), 4, 22);
        assertTrue(refused(cut).contains("fmt"));
    }

    @Test
    void lyingChunkSizesAreRefused() {
        // data chunk claims more than the file holds (RIFF size made consistent with it)
        byte[] lying = patch(patch(GOOD, 40, 1000), 4, 36 + 1000);
        assertTrue(refused(lying).contains("declares"));
        byte[] lyingData = patch(GOOD, 40, 1000);
        assertTrue(refused(lyingData).contains("declares 1000 bytes"));
    }

    @Test
    void hugeDeclaredSizesAreRefusedWithoutAllocating() {
        byte[] huge = patch(patch(GOOD, 40, 0xFFFFFFF0), 4, 0xFFFFFFF8);
        String why = refused(huge);
        assertTrue(why.contains("4294967304") || why.contains("declares"), why);
        byte[] hugeFmt = patch(GOOD, 16, 0x7FFFFFF0);
        assertTrue(refused(hugeFmt).contains("declares"));
    }

    @Test
    void zeroLengthDataIsRefused() {
        byte[] empty = patch(Arrays.copyOf(GOOD, 44), 40, 0);
        empty = patch(empty, 4, 36);
        assertTrue(refused(empty).contains("0 bytes of audio"));
    }

    @Test
    void missingOrBrokenFormatIsRefused() {
        byte[] noFmt = GOOD.clone();
        noFmt[12] = 'j';
        noFmt[13] = 'u';
        noFmt[14] = 'n';
        noFmt[15] = 'k';
        assertTrue(refused(noFmt).contains("no fmt chunk"));
        byte[] zeroChannels = GOOD.clone();
        zeroChannels[22] = 0;
        assertTrue(refused(zeroChannels).contains("0 channels"));
        byte[] zeroRate = patch(GOOD, 24, 0);
        assertTrue(refused(zeroRate).contains("0 Hz"));
        byte[] rf64 = GOOD.clone();
        System.arraycopy("RF64".getBytes(StandardCharsets.US_ASCII), 0, rf64, 0, 4);
        assertTrue(refused(rf64).contains("RF64"));
    }

    @Test
    void R_VOICE_4_inconsistentHeaderIsReadButNotDecoded() throws Exception {
        byte[] b = patch(GOOD, 28, 12345); // byte rate
        WavFile f = WavReader.read(b);
        assertTrue(!f.format().consistent());
        assertTrue(PcmDecoder.undecodableReason(f.format()).isEmpty(), "byte rate alone does not stop decoding");
    }
}
