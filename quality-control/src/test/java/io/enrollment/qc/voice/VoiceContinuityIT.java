package io.enrollment.qc.voice;

import static io.enrollment.qc.voice.CorpusChecks.assertVerdict;
import static io.enrollment.qc.voice.CorpusChecks.check;
import static io.enrollment.qc.voice.CorpusChecks.report;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** R-VOICE-9: inserted silences, dropouts and truncated starts/ends. */
class VoiceContinuityIT {
    private static CorpusCatalog k;
    private static QualityReport good;

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
        good = report(k.male());
    }

    @Test
    void R_VOICE_9_insertedPauseOfNoiseFails() throws Exception {
        CheckResult c = check(k.gap(2.5, false), "R-VOICE-9", "longest-gap");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() >= 2500 && c.measured() > check(good, "R-VOICE-9", "longest-gap").measured());
    }

    @Test
    void R_VOICE_9_insertedDigitalSilenceFailsAsGapAndAsSuppression() throws Exception {
        QualityReport r = report(k.gap(2.5, true));
        assertVerdict(Verdict.FAIL, check(r, "R-VOICE-9", "longest-gap"));
        assertTrue(check(r, "R-VOICE-9", "longest-gap").measured() >= 2400);
        assertVerdict(Verdict.FAIL, check(r, "R-VOICE-6", "zero-runs"));
    }

    @Test
    void R_VOICE_9_dropoutInsideAWordFails() throws Exception {
        for (int ms : new int[] {40, 80}) {
            CheckResult c = check(k.dropout(ms), "R-VOICE-9", "dropouts");
            assertVerdict(Verdict.FAIL, c);
            assertTrue(c.measured() >= 1 && c.measured() > check(good, "R-VOICE-9", "dropouts").measured());
        }
    }

    @Test
    void R_VOICE_9_truncatedStartFails() throws Exception {
        CheckResult c = check(k.truncatedStart(), "R-VOICE-9", "leading-silence");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() < check(good, "R-VOICE-9", "leading-silence").measured());
    }

    @Test
    void R_VOICE_9_truncatedEndFails() throws Exception {
        CheckResult c = check(k.truncatedEnd(), "R-VOICE-9", "trailing-silence");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() < check(good, "R-VOICE-9", "trailing-silence").measured());
    }

    @Test
    void R_VOICE_9_goodTakeIsWholeAndUninterrupted() {
        for (String name : new String[] {"leading-silence", "trailing-silence", "longest-gap", "dropouts", "speech-per-symbol"}) {
            assertVerdict(Verdict.PASS, check(good, "R-VOICE-9", name));
        }
    }
}
