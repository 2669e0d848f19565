package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.voice.VoicePrompt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-VOICE-8/11 decisions given what a recogniser heard, and the model-loading path up to where a real
 * Russian model would be needed.
 */
class SpokenContentTest {
    private static final String[] PROMPT_WORDS = {"семь", "два", "девять", "четыре", "один", "ноль", "пять", "три"};
    private static final byte[] WAV = TestWav.pcm16(SyntheticVoice.withNoise(
            SyntheticVoice.syllables(SyntheticVoice.same(120, 8), 7000), 30, 11), SyntheticVoice.RATE, 1);

    @TempDir
    Path dir;

    private static QualityReport run(FixedTranscriptRecognizer r) throws Exception {
        return new VoiceQualityControl(ProfileLoader.builtIn("ru"), () -> r)
                .check(WAV, Optional.of(VoicePrompt.parse(VoiceCorpus.PROMPT)), Optional.empty());
    }

    private static CheckResult rule(QualityReport r, String id) {
        return r.check(id).orElseThrow();
    }

    @Test
    void R_VOICE_8_exactSequencePasses() throws Exception {
        FixedTranscriptRecognizer r = new FixedTranscriptRecognizer(FixedTranscriptRecognizer.words(0.95, PROMPT_WORDS),
                FixedTranscriptRecognizer.words(0.9, PROMPT_WORDS));
        QualityReport report = run(r);
        assertEquals(Verdict.PASS, rule(report, "R-VOICE-8").verdict());
        assertEquals(0, rule(report, "R-VOICE-8").measured());
        assertEquals(Verdict.PASS, rule(report, "R-VOICE-11").verdict());
        assertTrue(r.grammars.get(0).containsAll(List.of("ноль", "девять")), "constrained pass uses Russian digit words");
        assertTrue(r.grammars.get(1).isEmpty(), "second pass is unconstrained");
        assertTrue(r.closed);
        assertEquals(Verdict.NOT_VERIFIED, rule(report, "R-VOICE-10").verdict(), "calm state is never decided by software");
    }

    @Test
    void R_VOICE_8_wrongDigitFails() throws Exception {
        String[] wrong = PROMPT_WORDS.clone();
        wrong[3] = "пять";
        CheckResult c = rule(run(new FixedTranscriptRecognizer(FixedTranscriptRecognizer.words(0.9, wrong),
                FixedTranscriptRecognizer.words(0.9, wrong))), "R-VOICE-8");
        assertEquals(Verdict.FAIL, c.verdict());
        assertEquals(1, c.measured());
        assertTrue(c.detail().contains("7 2 9 5"), c.detail());
    }

    @Test
    void R_VOICE_8_missingAndExtraWordsFail() throws Exception {
        String[] missing = java.util.Arrays.copyOf(PROMPT_WORDS, 6);
        assertEquals(2, rule(run(new FixedTranscriptRecognizer(FixedTranscriptRecognizer.words(0.9, missing),
                FixedTranscriptRecognizer.words(0.9, missing))), "R-VOICE-8").measured());
        String[] extra = java.util.Arrays.copyOf(PROMPT_WORDS, 9);
        extra[8] = "[unk]";
        assertEquals(1, rule(run(new FixedTranscriptRecognizer(FixedTranscriptRecognizer.words(0.9, extra),
                FixedTranscriptRecognizer.words(0.9, extra))), "R-VOICE-8").measured());
    }

    @Test
    void R_VOICE_11_lowConfidenceOfTheFreePassFails() throws Exception {
        CheckResult c = rule(run(new FixedTranscriptRecognizer(FixedTranscriptRecognizer.words(0.9, PROMPT_WORDS),
                FixedTranscriptRecognizer.words(0.3, "сэм", "ту", "найн"))), "R-VOICE-11");
        assertEquals(Verdict.FAIL, c.verdict());
        assertEquals(0.3, c.measured(), 1e-9);
    }

    @Test
    void R_VOICE_8_withoutAPromptIsNotVerified() throws Exception {
        QualityReport r = new VoiceQualityControl(ProfileLoader.builtIn("ru"),
                () -> new FixedTranscriptRecognizer(FixedTranscriptRecognizer.words(1, PROMPT_WORDS), FixedTranscriptRecognizer.words(1)))
                .check(WAV, Optional.empty(), Optional.empty());
        assertEquals(Verdict.NOT_VERIFIED, rule(r, "R-VOICE-8").verdict());
        assertTrue(rule(r, "R-VOICE-8").detail().contains("no prompt"));
    }

    @Test
    void R_VOICE_8_missingModelDirectoryIsNotVerifiedAndAsksTheOperator() throws Exception {
        Path missing = dir.resolve("vosk-model-small-ru");
        QualityReport r = new VoiceChecker(Optional.empty()).check(WAV, ProfileLoader.builtIn("ru"),
                Map.of("prompt", VoiceCorpus.PROMPT, "speech-model", missing.toString()));
        for (String id : new String[] {"R-VOICE-8", "R-VOICE-11"}) {
            CheckResult c = rule(r, id);
            assertEquals(Verdict.NOT_VERIFIED, c.verdict());
            assertTrue(c.detail().contains(missing.toString()) && c.detail().contains("does not exist"), c.detail());
            assertTrue(c.guidance().contains("operator listens"), c.guidance());
        }
    }

    @Test
    void R_VOICE_8_noModelConfiguredIsNotVerified() throws Exception {
        QualityReport r = new VoiceChecker(Optional.empty()).check(WAV, ProfileLoader.builtIn("ru"), Map.of("prompt", VoiceCorpus.PROMPT));
        assertTrue(rule(r, "R-VOICE-8").detail().contains(VoiceChecker.MODEL_VARIABLE));
        assertEquals(Verdict.NOT_VERIFIED, r.verdict());
    }

    @Test
    void aProfileThatDoesNotCollectVoiceIsRefusedClearly() {
        io.enrollment.qc.UnreadableSampleException e = assertThrows(io.enrollment.qc.UnreadableSampleException.class,
                () -> new VoiceChecker(Optional.empty()).check(WAV, ProfileLoader.builtIn("kg"), Map.of()));
        assertTrue(e.getMessage().contains("kg") && e.getMessage().contains("voice"), e.getMessage());
    }

    @Test
    void R_VOICE_8_directoryWithoutAModelIsRefusedBeforeTheNativeLoader() throws Exception {
        SpeechRecognitionException e = assertThrows(SpeechRecognitionException.class,
                () -> VoskSpeechRecognizer.checkLooksLikeModel(Files.createDirectories(dir.resolve("empty"))));
        assertTrue(e.getMessage().contains("not a Vosk model"));
    }

    @Test
    void voskResultsAndGrammarAreReadAndWrittenInVosksShape() throws Exception {
        Transcript t = VoskSpeechRecognizer.parseResult("{\"result\":[{\"conf\":0.98,\"end\":1.2,\"start\":0.9,\"word\":\"семь\"},"
                + "{\"conf\":0.61,\"end\":1.6,\"start\":1.3,\"word\":\"два\"}],\"text\":\"семь два\"}");
        assertEquals(2, t.words().size());
        assertEquals("два", t.words().get(1).text());
        assertEquals(0.795, t.meanConfidence(), 1e-9);
        assertEquals(0, VoskSpeechRecognizer.parseResult("{\"text\":\"\"}").words().size());
        assertEquals("[\"один\",\"два\",\"[unk]\"]", VoskSpeechRecognizer.grammarJson(List.of("один", "два")));
        assertThrows(SpeechRecognitionException.class, () -> VoskSpeechRecognizer.parseResult("not json"));
    }
}
