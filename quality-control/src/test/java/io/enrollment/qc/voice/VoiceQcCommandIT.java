package io.enrollment.qc.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.qc.QcCheckers;
import io.enrollment.qc.cli.QcCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code workstation qc voice FILE… --prompt … [--json]} on corpus files: JSON shape and exit codes. */
class VoiceQcCommandIT {
    private static CorpusCatalog k;
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void corpus() throws Exception {
        k = new CorpusCatalog(VoiceCorpus.inTarget());
    }

    private int run(String... args) {
        return new QcCommand(QcCheckers.all()).run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void goodTakeExitsZeroWithEveryRuleInTheJson() throws Exception {
        assertEquals(0, run("voice", k.male().toString(), "--prompt", VoiceCorpus.PROMPT, "--json"));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("voice", j.get("modality").asText());
        assertEquals("NOT_VERIFIED", j.get("verdict").asText());
        StringBuilder ids = new StringBuilder();
        j.get("checks").forEach(c -> ids.append(c.get("id").asText()).append(' '));
        for (int rule = 1; rule <= 12; rule++) {
            assertTrue(ids.toString().contains("R-VOICE-" + rule + " "), "R-VOICE-" + rule + " in " + ids);
        }
    }

    @Test
    void R_VOICE_1_noisyTakeExitsOneAndSaysWhatToDo() throws Exception {
        assertEquals(1, run("voice", k.noise(5, "whitenoise").toString(), "--prompt", VoiceCorpus.PROMPT));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("R-VOICE-1") && text.contains("FAIL"), text);
        assertTrue(text.contains("→"), text);
    }

    @Test
    void unreadableFilesExitTwoWithAReason() throws Exception {
        Path notWav = Files.writeString(dir.resolve("notes.wav"), "these are not samples");
        Path truncated = dir.resolve("cut.wav");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(k.male()), 40));
        assertEquals(2, run("voice", notWav.toString(), truncated.toString(), "--prompt", VoiceCorpus.PROMPT, "--json"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("no RIFF header"), e);
        assertTrue(e.contains("cut.wav") && e.contains("truncated"), e);
    }

    @Test
    void badPromptIsABadInput() throws Exception {
        assertEquals(2, run("voice", k.male().toString(), "--prompt", "7 X 9"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--prompt"));
    }
}
