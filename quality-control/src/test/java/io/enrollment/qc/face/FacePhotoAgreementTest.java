package io.enrollment.qc.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The verdicts a person looking at the photos would give, over every studio portrait of
 * {@code shared/testdata/faces} and the two Debian photos. Writes the agreement table to
 * {@code target/face-agreement.md} (copied into docs/face-qc.md).
 */
class FacePhotoAgreementTest {
    private static final Set<String> FRONTAL_RULES = Set.of("R-FACE-2", "R-FACE-3", "R-FACE-4", "R-FACE-5", "R-FACE-8", "R-FACE-9");
    private static FaceChecker checker;
    private static final Map<String, String> NONE = Map.of();

    @BeforeAll
    static void load() throws java.io.IOException {
        Files.deleteIfExists(Path.of("target/face-agreement.md"));
        checker = new FaceChecker();
    }

    private static QualityReport check(Path p) throws Exception {
        return checker.check(Files.readAllBytes(p), ProfileLoader.builtIn("ru"), NONE);
    }

    private static List<String> failing(QualityReport r, Set<String> ids) {
        List<String> f = new ArrayList<>();
        for (CheckResult c : r.checks()) {
            if (ids.contains(c.id()) && c.verdict() != Verdict.PASS) {
                f.add(c.id() + " " + c.name() + "=" + c.measured());
            }
        }
        return f;
    }

    @Test
    void neutralFrontalPortraitsPassPoseInterEyeSingleFaceAndExpression() throws Exception {
        assumeTrue(TestPhotos.facesPresent(), TestPhotos::facesMissing);
        List<String> disagreements = new ArrayList<>();
        List<Path> photos = TestPhotos.folder("neutral_front");
        for (Path p : photos) {
            List<String> f = failing(check(p), FRONTAL_RULES);
            if (!f.isEmpty()) {
                disagreements.add(p.getFileName() + " " + f);
            }
        }
        Agreement.record("neutral_front", photos.size(), photos.size() - disagreements.size(),
                "pass R-FACE-2,3,4,5,8,9", disagreements);
        // 022 raises the chin (pitch ~5.5° by two estimators in two photos) and 001 turns ~5° (4.9-5.1° with the
        // crop): see docs/face-qc.md.
        assertTrue(disagreements.size() <= 2, disagreements.toString());
        assertTrue(disagreements.stream().noneMatch(d -> d.contains("R-FACE-9")), "no neutral portrait fails R-FACE-9: " + disagreements);
    }

    @Test
    void turnedAndProfilePhotosFailYaw() throws Exception {
        assumeTrue(TestPhotos.facesPresent(), TestPhotos::facesMissing);
        for (String folder : List.of("neutral_left_3quarter", "neutral_right_3quarter", "neutral_left_profile", "neutral_right_profile")) {
            List<String> disagreements = new ArrayList<>();
            List<Path> photos = TestPhotos.folder(folder);
            for (Path p : photos) {
                QualityReport r = check(p);
                if (r.check("R-FACE-2").map(CheckResult::verdict).orElse(Verdict.NOT_VERIFIED) != Verdict.FAIL) {
                    disagreements.add(p.getFileName() + " yaw " + r.check("R-FACE-2").map(CheckResult::measured).orElse(Double.NaN));
                }
            }
            Agreement.record(folder, photos.size(), photos.size() - disagreements.size(), "fail R-FACE-2 (yaw)", disagreements);
            assertEquals(List.of(), disagreements, folder);
        }
    }

    @Test
    void smilingPhotosFailExpression() throws Exception {
        assumeTrue(TestPhotos.facesPresent(), TestPhotos::facesMissing);
        List<String> disagreements = new ArrayList<>();
        List<String> passing = new ArrayList<>();
        List<Path> photos = TestPhotos.folder("smiling_front");
        for (Path p : photos) {
            QualityReport r = check(p);
            boolean fails = r.checks().stream().anyMatch(c -> c.id().equals("R-FACE-9") && c.failed());
            if (!fails) {
                passing.add(p.getFileName().toString());
                List<String> measures = new ArrayList<>();
                for (String name : List.of("neutral-expression", "smile-network", "teeth-visible", "mouth-closed")) {
                    r.checks().stream().filter(c -> c.id().equals("R-FACE-9") && c.name().equals(name)).findFirst()
                            .ifPresent(c -> measures.add(name + " " + c.measured()));
                }
                disagreements.add(p.getFileName() + " (" + String.join(", ", measures) + ")");
            }
        }
        Agreement.record("smiling_front", photos.size(), photos.size() - disagreements.size(), "fail R-FACE-9", disagreements);
        // Every smile fails but the two faintest closed-lip ones (005, 017), which neither the mesh, the expression
        // network nor the teeth measure sees (docs/face-qc.md); 003_08 (network), 016_08 (teeth, network) and
        // 024_08 (network) were caught once those measures were added.
        assertTrue(Set.of("005_08.jpg", "017_08.jpg").containsAll(passing), "smiles that pass R-FACE-9: " + disagreements);
    }

    @Test
    void astronautSmilesWithTeethAndIsTooSmall() throws Exception {
        Optional<Path> astronaut = TestPhotos.astronaut();
        assumeTrue(astronaut.isPresent(), "apt-get download python3-skimage did not give astronaut.png");
        QualityReport r = check(astronaut.get());
        assertEquals(Verdict.FAIL, r.check("R-FACE-5").orElseThrow().verdict(), "face too small for 120 px");
        boolean expression = r.checks().stream().anyMatch(c -> c.id().equals("R-FACE-9") && c.failed());
        Agreement.record("astronaut.png", 1, expression ? 1 : 0, "fail R-FACE-5 and R-FACE-9 (smile with teeth)",
                expression ? List.of() : List.of(r.checks().toString()));
        assertTrue(expression, "smiling with teeth fails R-FACE-9");
    }

    @Test
    void graceHopperWearsClearGlassesNotSunglasses() throws Exception {
        Optional<Path> hopper = TestPhotos.graceHopper();
        assumeTrue(hopper.isPresent(), "apt-get download python-matplotlib-data did not give grace_hopper.jpg");
        QualityReport r = check(hopper.get());
        List<String> wrong = new ArrayList<>();
        for (String name : List.of("eye-visibility", "lens-glare", "occlusion")) {
            CheckResult c = r.checks().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
            if (!c.passed()) {
                wrong.add(c.id() + " " + name + "=" + c.measured());
            }
        }
        Agreement.record("grace_hopper.jpg", 1, wrong.isEmpty() ? 1 : 0,
                "clear glasses: pass R-FACE-12 (no sunglasses, no lens glare) and R-FACE-7 (a frame is not an occlusion)", wrong);
        assertEquals(List.of(), wrong);
        assertEquals(1, r.check("R-FACE-8").orElseThrow().measured());
    }

    /** Collects the agreement table rows into target/face-agreement.md. */
    static final class Agreement {
        private Agreement() {
        }

        static synchronized void record(String set, int photos, int agree, String expected, List<String> disagreements) {
            try {
                Path out = Path.of("target/face-agreement.md");
                String row = "| " + set + " | " + photos + " | " + expected + " | " + agree + "/" + photos + " | "
                        + (disagreements.isEmpty() ? "—" : String.join("; ", disagreements)) + " |\n";
                Files.writeString(out, row, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
