package io.enrollment.qc.voice;

import static io.enrollment.qc.voice.CorpusChecks.assertNothingFails;
import static io.enrollment.qc.voice.CorpusChecks.assertVerdict;
import static io.enrollment.qc.voice.CorpusChecks.check;
import static io.enrollment.qc.voice.CorpusChecks.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** R-VOICE-2/3/4/5 on files sox writes in each wrong format, and the good takes that pass. */
class VoiceFormatIT {
    private static CorpusCatalog k;

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
    }

    @Test
    void goodMaleAndFemaleTakesFailNothingButNeedTheOperatorForContent() throws Exception {
        for (QualityReport r : new QualityReport[] {report(k.male()), report(k.female()), report(k.rate(48000)), report(k.rate(44100))}) {
            assertNothingFails(r);
            assertEquals(Verdict.NOT_VERIFIED, r.verdict());
            assertVerdict(Verdict.NOT_VERIFIED, check(r, "R-VOICE-8", "prompt-errors"));
            assertVerdict(Verdict.NOT_VERIFIED, check(r, "R-VOICE-11", "russian-confidence"));
            assertVerdict(Verdict.NOT_VERIFIED, check(r, "R-VOICE-10", "calm-state"));
            for (CheckResult c : r.checks()) {
                if (!c.id().equals("R-VOICE-8") && !c.id().equals("R-VOICE-10") && !c.id().equals("R-VOICE-11")) {
                    assertVerdict(Verdict.PASS, c);
                }
            }
        }
    }

    @Test
    void R_VOICE_2_eightBitFails() throws Exception {
        CheckResult c = check(k.format("fmt-8bit", "-b", "8"), "R-VOICE-2", "bits-per-sample");
        assertVerdict(Verdict.FAIL, c);
        assertEquals(8, c.measured());
        assertTrue(c.measured() < check(k.male(), "R-VOICE-2", "bits-per-sample").measured());
    }

    @Test
    void R_VOICE_4_24bitIsExtensibleAndFailsThoughItsDepthPasses() throws Exception {
        QualityReport r = report(k.format("fmt-24bit", "-b", "24"));
        CheckResult tag = check(r, "R-VOICE-4", "format-tag");
        assertVerdict(Verdict.FAIL, tag);
        assertEquals(0xFFFE, tag.measured());
        assertTrue(tag.detail().contains("EXTENSIBLE"), tag.detail());
        assertVerdict(Verdict.PASS, check(r, "R-VOICE-2", "bits-per-sample"));
        assertEquals(24, check(r, "R-VOICE-2", "bits-per-sample").measured());
    }

    @Test
    void R_VOICE_4_floatFails() throws Exception {
        CheckResult c = check(k.format("fmt-float", "-e", "floating-point"), "R-VOICE-4", "format-tag");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() == WavFormat.IEEE_FLOAT || c.measured() == WavFormat.EXTENSIBLE, "tag " + c.measured());
    }

    @Test
    void R_VOICE_4_aLawAndMuLawFail() throws Exception {
        assertEquals(WavFormat.ALAW, failingTag(k.format("fmt-alaw", "-e", "a-law")));
        assertEquals(WavFormat.MULAW, failingTag(k.format("fmt-ulaw", "-e", "u-law")));
    }

    @Test
    void R_VOICE_4_adpcmFailsAndItsSignalIsNotAnalysed() throws Exception {
        QualityReport r = report(k.format("fmt-adpcm", "-e", "ima-adpcm"));
        CheckResult tag = check(r, "R-VOICE-4", "format-tag");
        assertVerdict(Verdict.FAIL, tag);
        assertEquals(0x0011, tag.measured());
        assertEquals(Verdict.FAIL, r.verdict());
        assertVerdict(Verdict.NOT_VERIFIED, r.check("R-VOICE-1").orElseThrow());
        assertTrue(r.check("R-VOICE-1").orElseThrow().detail().contains("not analysed"));
    }

    @Test
    void R_VOICE_5_stereoFails() throws Exception {
        CheckResult c = check(k.format("fmt-stereo", "-c", "2"), "R-VOICE-5", "channels");
        assertVerdict(Verdict.FAIL, c);
        assertEquals(2, c.measured());
    }

    @Test
    void R_VOICE_3_8kHzAnd11kHzFail() throws Exception {
        CheckResult c8 = check(k.format("fmt-8k", "-r", "8000"), "R-VOICE-3", "sampling-rate");
        CheckResult c11 = check(k.format("fmt-11k", "-r", "11025"), "R-VOICE-3", "sampling-rate");
        assertVerdict(Verdict.FAIL, c8);
        assertVerdict(Verdict.FAIL, c11);
        assertEquals(8000, c8.measured());
        assertEquals(11025, c11.measured());
        assertVerdict(Verdict.NOT_VERIFIED, check(k.format("fmt-8k", "-r", "8000"), "R-VOICE-12", "hf-dynamics"));
    }

    private static double failingTag(java.nio.file.Path file) throws Exception {
        QualityReport r = report(file);
        CheckResult c = check(r, "R-VOICE-4", "format-tag");
        assertVerdict(Verdict.FAIL, c);
        assertVerdict(Verdict.FAIL, check(r, "R-VOICE-2", "bits-per-sample"));
        return c.measured();
    }
}
