package io.enrollment.qc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.SampleChecker;
import io.enrollment.qc.UnreadableSampleException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch command's shape and exit codes, with a checker that measures the file's first byte. */
class QcCommandTest {
    @TempDir
    Path dir;

    /** Treats the first byte as a yaw in degrees; 'X' means unreadable. */
    private static final class FirstByteYaw implements SampleChecker {
        @Override
        public Modality modality() {
            return Modality.FACE;
        }

        @Override
        public Map<String, Boolean> options() {
            return Map.of("remote", false, "scale", true);
        }

        @Override
        public String optionsUsage() {
            return "[--remote] [--scale N]";
        }

        @Override
        public QualityReport check(byte[] data, Profile profile, Map<String, String> options) throws UnreadableSampleException {
            if (data[0] == 'X') {
                throw new UnreadableSampleException("not an image (starts with X)");
            }
            double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
            return new QualityReport(Modality.FACE, profile.id(), List.of(CheckResult.measured("R-FACE-2", "yaw",
                    data[0] * scale, Comparison.AT_MOST, profile.threshold("face.yaw.max"), "deg", "turn your head")));
        }
    }

    private final QcCommand command = new QcCommand(List.of(new FirstByteYaw()));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String file(String name, byte first) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, new byte[] {first, 0, 0});
        return p.toString();
    }

    @Test
    void passingFileExitsZeroWithTheJsonShapeOfTheIssue() throws Exception {
        assertEquals(0, run("face", file("a.jpg", (byte) 3), "--json"));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("face", j.get("modality").asText());
        assertEquals("ru", j.get("profile").asText());
        assertEquals("PASS", j.get("verdict").asText());
        JsonNode check = j.get("checks").get(0);
        assertEquals("R-FACE-2", check.get("id").asText());
        assertEquals("yaw", check.get("name").asText());
        assertEquals(3.0, check.get("measured").asDouble());
        assertEquals(5.0, check.get("threshold").asDouble());
        assertEquals("deg", check.get("unit").asText());
        assertEquals("PASS", check.get("verdict").asText());
    }

    @Test
    void anyFailingFileExitsOneAndSeveralFilesGiveAnArray() throws Exception {
        assertEquals(1, run("face", file("a.jpg", (byte) 3), file("b.jpg", (byte) 9), "--json"));
        JsonNode j = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(j.isArray());
        assertEquals("FAIL", j.get(1).get("verdict").asText());
        assertEquals("turn your head", j.get(1).get("guidance").asText());
    }

    @Test
    void modalityOptionsReachTheChecker() throws Exception {
        assertEquals(1, run("face", file("a.jpg", (byte) 3), "--scale", "2"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("FAIL"));
    }

    @Test
    void unreadableEmptyOrMissingInputExitsTwoWithOneLineEach() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        assertEquals(2, run("face", file("x.jpg", (byte) 'X'), empty.toString(), dir.resolve("nope.jpg").toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertTrue(e.contains("not an image (starts with X)"), e);
        assertTrue(e.contains("file is empty"), e);
        assertTrue(e.contains("no such file"), e);
    }

    @Test
    void withoutProfileTheFirstProfileCollectingTheModalityIsUsed() throws Exception {
        SampleChecker finger = new SampleChecker() {
            @Override
            public Modality modality() {
                return Modality.FINGERPRINT;
            }

            @Override
            public Map<String, Boolean> options() {
                return Map.of();
            }

            @Override
            public String optionsUsage() {
                return "";
            }

            @Override
            public QualityReport check(byte[] data, Profile profile, Map<String, String> options) {
                return new QualityReport(Modality.FINGERPRINT, profile.id(), List.of(CheckResult.measured("R-FP-2",
                        "quality score", 50, Comparison.AT_LEAST, profile.threshold("finger.quality.min"), "score", "")));
            }
        };
        int code = new QcCommand(List.of(finger)).run(List.of("finger", file("f.png", (byte) 1), "--json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals("kg", new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("profile").asText());
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertEquals(2, run());
        assertEquals(2, run("iris", "a"));
        assertEquals(2, run("face"));
        assertEquals(2, run("face", file("a.jpg", (byte) 1), "--bogus"));
        assertEquals(2, run("face", file("a.jpg", (byte) 1), "--profile", "fr"));
        assertEquals(2, run("face", file("a.jpg", (byte) 1), "--scale"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
    }
}
