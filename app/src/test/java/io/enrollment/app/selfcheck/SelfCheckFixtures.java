package io.enrollment.app.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Shared test material: the reference face as packaged by the build (or straight from ../shared). */
final class SelfCheckFixtures {
    static final Path SHARED_FACE = Path.of("..", "..", "shared", "testdata", "faces", "neutral_front", "013_03.jpg");

    private SelfCheckFixtures() {
    }

    static Optional<byte[]> referenceFace() throws IOException {
        Optional<byte[]> packaged = ReferenceSamples.packagedFace();
        if (packaged.isPresent()) {
            return packaged;
        }
        return Files.exists(SHARED_FACE) ? Optional.of(Files.readAllBytes(SHARED_FACE)) : Optional.empty();
    }

    /** Skips, saying why, when the reference face is neither packaged nor beside the repository. */
    static void assumeReferenceFace() throws IOException {
        if (referenceFace().isEmpty()) {
            String why = "SKIPPED: the self-check's reference face is neither packaged (the build copies it from "
                    + "../shared/testdata/faces) nor at " + SHARED_FACE.toAbsolutePath().normalize();
            System.err.println(why); // a class-level skip is not listed by Surefire: say it in the build log
            org.junit.jupiter.api.Assumptions.abort(why);
        }
    }
}
