package io.enrollment.qc.voice;

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

/** R-VOICE-1 (noise at chosen SNRs), R-VOICE-6 (noisered, gating), clipping and DC on the espeak-ng/sox corpus. */
class VoiceNoiseIT {
    private static CorpusCatalog k;
    private static double cleanSnr;

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
        cleanSnr = check(k.male(), "R-VOICE-1", "active-snr").measured();
    }

    private static CheckResult snr(double db, String type) throws Exception {
        return check(k.noise(db, type), "R-VOICE-1", "active-snr");
    }

    @Test
    void R_VOICE_1_noiseAt5dbFails() throws Exception {
        CheckResult c = snr(5, "whitenoise");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() < cleanSnr && c.measured() < 10, "measured " + c.measured());
    }

    @Test
    void R_VOICE_1_noiseAt10dbFailsWhiteAndPink() throws Exception {
        assertVerdict(Verdict.FAIL, snr(10, "whitenoise"));
        assertVerdict(Verdict.FAIL, snr(10, "pinknoise"));
        assertTrue(snr(10, "whitenoise").measured() < snr(20, "whitenoise").measured());
    }

    @Test
    void R_VOICE_1_noiseAt20And30dbPasses() throws Exception {
        assertVerdict(Verdict.PASS, snr(20, "whitenoise"));
        assertVerdict(Verdict.PASS, snr(20, "pinknoise"));
        assertVerdict(Verdict.PASS, snr(30, "whitenoise"));
    }

    @Test
    void R_VOICE_1_activeSnrTracksTheMixedSnr() throws Exception {
        double previous = Double.NEGATIVE_INFINITY;
        for (double truth : new double[] {10, 15, 20, 30}) {
            double m = snr(truth, "whitenoise").measured();
            assertTrue(m >= truth - 1 && m <= truth + 2.5, "mixed at " + truth + " dB, measured " + m);
            assertTrue(m > previous);
            previous = m;
        }
        assertEquals(VoiceCorpus.GOOD_SNR, cleanSnr, 2.5);
        assertTrue(check(k.male(), "R-VOICE-1", "active-snr").detail().contains("WADA-SNR"));
    }

    @Test
    void R_VOICE_6_mildNoiseReductionLeavesSpectralHoles() throws Exception {
        CheckResult holes = check(k.noiseReduced(), "R-VOICE-6", "spectral-holes");
        CheckResult before = check(k.noise(20, "whitenoise"), "R-VOICE-6", "spectral-holes");
        assertVerdict(Verdict.FAIL, holes);
        assertVerdict(Verdict.PASS, before);
        assertTrue(holes.measured() > 2 * before.measured(), holes.measured() + " vs " + before.measured());
    }

    @Test
    void R_VOICE_6_aggressiveNoiseReductionFails() throws Exception {
        QualityReport r = report(k.noiseReducedHard());
        assertVerdict(Verdict.FAIL, check(r, "R-VOICE-6", "zero-runs"));
        assertTrue(check(r, "R-VOICE-6", "zero-runs").measured() > 0);
        assertTrue(check(r, "R-VOICE-6", "noise-floor").measured() < check(k.noise(20, "whitenoise"), "R-VOICE-6", "noise-floor").measured() - 20,
                "the pauses were cleaned far below the noise that was there");
    }

    @Test
    void R_VOICE_6_noiseGateFails() throws Exception {
        QualityReport r = report(k.gated());
        CheckResult zeros = check(r, "R-VOICE-6", "zero-runs");
        assertVerdict(Verdict.FAIL, zeros);
        assertTrue(zeros.measured() > 0);
        assertTrue(check(r, "R-VOICE-6", "noise-floor").measured() < check(k.noise(30, "whitenoise"), "R-VOICE-6", "noise-floor").measured());
        assertEquals(Verdict.FAIL, r.verdict());
    }

    @Test
    void R_VOICE_6_naturalNoiseFloorPasses() throws Exception {
        QualityReport r = report(k.male());
        for (String name : new String[] {"zero-runs", "noise-spread", "spectral-holes", "noise-floor"}) {
            assertVerdict(Verdict.PASS, check(r, "R-VOICE-6", name));
        }
    }

    @Test
    void WS_VOICE_CLIPPING_clippedRecordingFails() throws Exception {
        CheckResult c = check(k.clipped(), "WS-VOICE-CLIPPING", "clipped-samples");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() > check(k.male(), "WS-VOICE-CLIPPING", "clipped-samples").measured());
    }

    @Test
    void WS_VOICE_DC_OFFSET_shiftedRecordingFails() throws Exception {
        CheckResult c = check(k.dcShifted(), "WS-VOICE-DC-OFFSET", "dc-offset");
        assertVerdict(Verdict.FAIL, c);
        assertEquals(5.0, c.measured(), 0.5);
        assertTrue(c.measured() > check(k.male(), "WS-VOICE-DC-OFFSET", "dc-offset").measured());
    }
}
