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
}
