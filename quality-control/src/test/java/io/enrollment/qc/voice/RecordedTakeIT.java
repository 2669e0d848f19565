package io.enrollment.qc.voice;

import static io.enrollment.qc.voice.CorpusChecks.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.voice.VoicePrompt;
import io.enrollment.devices.audio.LevelListener;
import io.enrollment.devices.audio.MicrophoneCatalog;
import io.enrollment.devices.audio.Recording;
import io.enrollment.devices.audio.Take;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The capture path end to end: a corpus recording played through the file-backed microphone in real time,
 * the driver's take checked with what the driver saw (R-VOICE-9 capture evidence).
 */
class RecordedTakeIT {
    private static CorpusCatalog k;

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
    }

    private static Take record(LevelListener listener) throws Exception {
        Recording r = MicrophoneCatalog.fromWavFile(k.male()).start(listener, 30);
        while (!r.finished()) {
            Thread.sleep(20);
        }
        return r.stop();
    }

    private static QualityReport qc(Take take) throws Exception {
        return new VoiceQualityControl(ProfileLoader.builtIn("ru"), SpeechRecognizerSource.none("no model"))
                .check(take.wav(), Optional.of(VoicePrompt.parse(VoiceCorpus.PROMPT)),
                        Optional.of(new CaptureEvidence(take.lostMillis(), take.interrupted(), take.reason())));
    }

    @Test
    void R_VOICE_9_aWholeTakeThroughTheDriverFailsNothing() throws Exception {
        Take take = record(LevelListener.NONE);
        assertFalse(take.interrupted(), take.reason());
        QualityReport r = qc(take);
        assertTrue(r.failures().isEmpty(), "failures: " + r.failures());
        assertEquals(Verdict.PASS, check(r, "R-VOICE-9", "capture-lost-audio").verdict());
        assertEquals(Verdict.PASS, check(r, "R-VOICE-9", "capture-interrupted").verdict());
        assertEquals(Verdict.PASS, check(r, "R-VOICE-1", "active-snr").verdict());
    }

    @Test
    void R_VOICE_9_audioLostToAnOverrunFailsTheTake() throws Exception {
        boolean[] slept = {false};
        Take take = record(level -> {
            if (!slept[0] && level.seconds() > 1.5) {
                slept[0] = true;
                try {
                    Thread.sleep(600);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        assertTrue(take.interrupted());
        QualityReport r = qc(take);
        CheckResult lost = check(r, "R-VOICE-9", "capture-lost-audio");
        assertEquals(Verdict.FAIL, lost.verdict());
        assertTrue(lost.measured() > 200, "lost " + lost.measured() + " ms");
        assertEquals(Verdict.FAIL, check(r, "R-VOICE-9", "capture-interrupted").verdict());
        assertEquals(Verdict.FAIL, r.verdict());
    }
}
