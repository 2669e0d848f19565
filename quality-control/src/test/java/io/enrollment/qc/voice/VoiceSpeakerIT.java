package io.enrollment.qc.voice;

import static io.enrollment.qc.voice.CorpusChecks.assertVerdict;
import static io.enrollment.qc.voice.CorpusChecks.check;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** R-VOICE-7 with espeak-ng's male and female Russian voices: alone, mixed, and taking turns. */
class VoiceSpeakerIT {
    private static CorpusCatalog k;
    private static double male;
    private static double female;

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
        male = check(k.male(), "R-VOICE-7", "pitch-clusters").measured();
        female = check(k.female(), "R-VOICE-7", "pitch-clusters").measured();
    }

    @Test
    void R_VOICE_7_oneVoicePasses() throws Exception {
        assertVerdict(Verdict.PASS, check(k.male(), "R-VOICE-7", "pitch-clusters"));
        assertVerdict(Verdict.PASS, check(k.female(), "R-VOICE-7", "pitch-clusters"));
    }

    @Test
    void R_VOICE_7_twoVoicesMixedFail() throws Exception {
        CheckResult c = check(k.twoVoicesMixed(), "R-VOICE-7", "pitch-clusters");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() > Math.max(male, female) + 6, c.measured() + " vs " + male + "/" + female);
    }

    @Test
    void R_VOICE_7_twoVoicesTakingTurnsFail() throws Exception {
        CheckResult c = check(k.twoVoicesTakingTurns(), "R-VOICE-7", "pitch-clusters");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() > Math.max(male, female) + 6, c.measured() + " vs " + male + "/" + female);
        assertTrue(c.detail().contains("Hz"), c.detail());
    }
}
