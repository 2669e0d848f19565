package io.enrollment.qc.voice;

import static io.enrollment.qc.voice.CorpusChecks.assertVerdict;
import static io.enrollment.qc.voice.CorpusChecks.check;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Verdict;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** R-VOICE-12: round trips through narrowband telephone codecs, back to 16 kHz 16-bit PCM (so the format passes). */
class VoiceTelephoneIT {
    private static CorpusCatalog k;
    private static double wideband;

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
        wideband = check(k.male(), "R-VOICE-12", "hf-dynamics").measured();
    }

    private static boolean soxHas(String format) throws Exception {
        Process p = new ProcessBuilder("sox", "-h").redirectErrorStream(true).start();
        String help = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor();
        return help.lines().anyMatch(l -> l.startsWith("AUDIO FILE FORMATS:") && l.contains(" " + format + " "));
    }

    private static void assertTelephone(Path file) throws Exception {
        CheckResult c = check(file, "R-VOICE-12", "hf-dynamics");
        assertVerdict(Verdict.FAIL, c);
        assertTrue(c.measured() < wideband / 3, c.measured() + " vs wideband " + wideband);
        assertVerdict(Verdict.PASS, check(file, "R-VOICE-3", "sampling-rate"));
        assertVerdict(Verdict.PASS, check(file, "R-VOICE-4", "format-tag"));
    }

    @Test
    void R_VOICE_12_widebandRecordingPasses() throws Exception {
        assertVerdict(Verdict.PASS, check(k.male(), "R-VOICE-12", "hf-dynamics"));
        assertVerdict(Verdict.PASS, check(k.female(), "R-VOICE-12", "hf-dynamics"));
        assertVerdict(Verdict.PASS, check(k.rate(48000), "R-VOICE-12", "hf-dynamics"));
    }

    @Test
    void R_VOICE_12_muLawRoundTripFails() throws Exception {
        assertTelephone(k.telephone("ulaw", "wav", "-e", "u-law"));
    }

    @Test
    void R_VOICE_12_aLawRoundTripFails() throws Exception {
        assertTelephone(k.telephone("alaw", "wav", "-e", "a-law"));
    }

    @Test
    void R_VOICE_12_gsmRoundTripFails() throws Exception {
        assertTelephone(k.telephone("gsm", "gsm"));
    }

    @Test
    void R_VOICE_12_amrNbRoundTripFails() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(soxHas("amr-nb"), "this sox has no AMR-NB codec");
        assertTelephone(k.telephone("amrnb", "amr-nb"));
    }

    @Test
    void R_VOICE_12_telephoneBandPassFails() throws Exception {
        assertTelephone(k.bandPass());
    }

    @Test
    void R_VOICE_12_isNotJudgedWhenTheSnrFails() throws Exception {
        assertVerdict(Verdict.NOT_VERIFIED, check(k.noise(5, "whitenoise"), "R-VOICE-12", "hf-dynamics"));
    }
}
