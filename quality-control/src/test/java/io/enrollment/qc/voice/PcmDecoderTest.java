package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

/** Decoding against the JDK's own encoders: the JDK writes µ-law/A-law WAV files, we read them back. */
class PcmDecoderTest {
    private static float[] tone(int n, double hz, int rate, double amp) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (amp * Math.sin(2 * Math.PI * hz * i / rate));
        }
        return x;
    }

    private static byte[] encodeWithJavaSound(float[] x, AudioFormat.Encoding encoding) throws Exception {
        byte[] pcm = new byte[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            short s = (short) Math.round(x[i] * 32767);
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        AudioFormat src = new AudioFormat(8000, 16, 1, true, false);
        AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), src, x.length);
        AudioInputStream coded = AudioSystem.getAudioInputStream(encoding, in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(coded, AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }

    @Test
    void R_VOICE_4_muLawAndALawFromTheJdkDecodeToTheSameWaveform() throws Exception {
        float[] x = tone(800, 440, 8000, 0.5);
        for (AudioFormat.Encoding enc : new AudioFormat.Encoding[] {AudioFormat.Encoding.ULAW, AudioFormat.Encoding.ALAW}) {
            WavFile f = WavReader.read(encodeWithJavaSound(x, enc));
            assertEquals(enc == AudioFormat.Encoding.ULAW ? WavFormat.MULAW : WavFormat.ALAW, f.format().formatTag());
            float[] y = PcmDecoder.decode(f).samples;
            double err = 0;
            for (int i = 0; i < x.length; i++) {
                err = Math.max(err, Math.abs(x[i] - y[i]));
            }
            assertTrue(err < 0.02, enc + " max error " + err);
        }
    }

    @Test
    void g711KnownCodes() {
        assertEquals(8, PcmDecoder.alaw(0xD5));
        assertEquals(-8, PcmDecoder.alaw(0x55));
        assertEquals(0, PcmDecoder.mulaw(0xFF));
        assertEquals(-32124, PcmDecoder.mulaw(0x00));
        assertEquals(32124, PcmDecoder.mulaw(0x80));
    }

    @Test
    void stereoIsMixedToMono() throws Exception {
        float[] x = tone(100, 100, 16000, 0.5);
        Signal s = PcmDecoder.decode(WavReader.read(TestWav.pcm16(x, 16000, 2)));
        assertEquals(100, s.length());
        assertEquals(x[10], s.samples[10], 1e-4);
    }

    @Test
    void resamplingKeepsTheVoiceBandAndRemovesWhatCannotBeRepresented() {
        int rate = 48000;
        Signal voice = Resampler.downTo(new Signal(tone(48000, 1000, rate, 0.5), rate), 16000);
        Signal alias = Resampler.downTo(new Signal(tone(48000, 10000, rate, 0.5), rate), 16000);
        assertEquals(16000, voice.length());
        double vRms = Math.sqrt(VoiceCorpus.meanSquare(java.util.Arrays.copyOfRange(voice.samples, 1000, 15000)));
        double aRms = Math.sqrt(VoiceCorpus.meanSquare(java.util.Arrays.copyOfRange(alias.samples, 1000, 15000)));
        assertEquals(0.5 / Math.sqrt(2), vRms, 0.01);
        assertTrue(aRms < 0.005, "10 kHz must not alias into 16 kHz: rms " + aRms);
    }
}
