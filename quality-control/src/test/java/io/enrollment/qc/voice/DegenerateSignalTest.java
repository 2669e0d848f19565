package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.qc.UnreadableSampleException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Readable files with degenerate contents get a report (never an exception, never a PASS of a measure they break). */
class DegenerateSignalTest {
    private static final VoiceQualityControl QC = new VoiceQualityControl(ProfileLoader.builtIn("ru"),
            SpeechRecognizerSource.none("no model"));

    private static QualityReport qc(byte[] wav) throws UnreadableSampleException {
        return QC.check(wav, Optional.of(VoicePrompt.parse("1 2 3 4 5 6 7 8")), Optional.empty());
    }

    private static byte[] float32(float[] x) {
        ByteBuffer b = ByteBuffer.allocate(44 + 4 * x.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 4 * x.length).put("WAVE".getBytes()).put("fmt ".getBytes()).putInt(16)
                .putShort((short) 3).putShort((short) 1).putInt(16000).putInt(64000).putShort((short) 4).putShort((short) 32)
                .put("data".getBytes()).putInt(4 * x.length);
        for (float v : x) {
            b.putFloat(v);
        }
        return b.array();
    }

    @Test
    void R_VOICE_9_digitalSilenceHasNoSpeechAndFails() throws Exception {
        QualityReport r = qc(TestWav.pcm16(new float[32000], 16000, 1));
        assertEquals(Verdict.FAIL, r.verdict());
        assertEquals(0, r.checks().stream().filter(c -> c.id().equals("R-VOICE-9") && c.name().equals("speech-per-symbol"))
                .findFirst().orElseThrow().measured());
    }

    @Test
    void tinyRecordingsGetAReport() throws Exception {
        for (int n : new int[] {1, 100, 320, 480}) {
            QualityReport r = qc(TestWav.pcm16(new float[n], 16000, 1));
            assertEquals(Verdict.FAIL, r.verdict(), n + " samples");
        }
    }

    @Test
    void R_VOICE_3_absurdlyLowRatesAreReportedNotAnalysed() throws Exception {
        byte[] wav = TestWav.pcm16(new float[500], 100, 1);
        QualityReport r = qc(wav);
        assertTrue(r.check("R-VOICE-3").orElseThrow().failed());
        assertEquals(Verdict.NOT_VERIFIED, r.check("R-VOICE-1").orElseThrow().verdict());
    }

    @Test
    void fullScaleSquareWaveIsClipped() throws Exception {
        float[] x = new float[16000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (i / 40) % 2 == 0 ? 1f : -1f;
        }
        QualityReport r = qc(TestWav.pcm16(x, 16000, 1));
        assertTrue(r.check("WS-VOICE-CLIPPING").orElseThrow().failed());
    }

    @Test
    void floatFilesWithImpossibleSamplesAreUnreadable() {
        float[] x = new float[1600];
        Arrays.fill(x, 0.1f);
        x[800] = Float.NaN;
        assertTrue(assertThrows(UnreadableSampleException.class, () -> qc(float32(x))).getMessage().contains("not a number"));
        x[800] = Float.POSITIVE_INFINITY;
        assertThrows(UnreadableSampleException.class, () -> qc(float32(x)));
        x[800] = 1e30f;
        assertThrows(UnreadableSampleException.class, () -> qc(float32(x)));
    }

    @Test
    void loudFloatBeyondFullScaleIsReadAndClipsNothingSilently() throws Exception {
        float[] x = SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 4000), 30, 3);
        for (int i = 0; i < x.length; i++) {
            x[i] *= 8;
        }
        QualityReport r = qc(float32(x));
        assertTrue(r.check("R-VOICE-4").orElseThrow().failed());
        assertTrue(r.check("R-VOICE-1").orElseThrow().passed(), r.check("R-VOICE-1").toString());
    }

    @Test
    void mutatedFilesGiveAReportOrAReasonNeverAnotherException() {
        byte[] good = TestWav.pcm16(SyntheticVoice.withNoise(SyntheticVoice.syllables(SyntheticVoice.same(120, 3), 4000), 30, 4),
                16000, 1);
        java.util.SplittableRandom r = new java.util.SplittableRandom(930);
        int reports = 0;
        int refusals = 0;
        for (int i = 0; i < 300; i++) {
            byte[] b = r.nextInt(4) == 0 ? Arrays.copyOf(good, r.nextInt(good.length)) : good.clone();
            for (int k = 0, n = 1 + r.nextInt(4); k < n && b.length > 0; k++) {
                b[r.nextInt(Math.min(b.length, 64))] = (byte) r.nextInt(256);
            }
            try {
                qc(b);
                reports++;
            } catch (UnreadableSampleException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
                refusals++;
            }
        }
        assertTrue(reports > 0 && refusals > 0, reports + " reports, " + refusals + " refusals");
    }
}
