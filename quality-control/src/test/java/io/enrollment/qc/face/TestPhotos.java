package io.enrollment.qc.face;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where the tests find real photographs: {@code shared/testdata/faces} (studio portraits, CC BY 4.0)
 * and two photos from Debian packages fetched at test time with {@code apt-get download} into
 * {@code target/} (never committed).
 */
final class TestPhotos {
    static final Path FACES = Path.of(System.getProperty("faces.dir", "../../shared/testdata/faces"));
    private static final Path DEBIAN = Path.of("target/debian-photos");

    private TestPhotos() {
    }

    static boolean facesPresent() {
        return Files.isDirectory(FACES.resolve("neutral_front"));
    }

    static String facesMissing() {
        return "shared face photographs not found at " + FACES.toAbsolutePath() + " (set -Dfaces.dir)";
    }

    static List<Path> folder(String name) throws IOException {
        try (Stream<Path> s = Files.list(FACES.resolve(name))) {
            return s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
    }

    /** astronaut.png from python3-skimage. */
    static Optional<Path> astronaut() {
        return debian("python3-skimage", "astronaut.png");
    }

    /** A photograph from skimage/data (python3-skimage), e.g. coffee.png or chelsea.png. */
    static Optional<Path> skimage(String file) {
        return debian("python3-skimage", file);
    }

    /** grace_hopper.jpg from python-matplotlib-data. */
    static Optional<Path> graceHopper() {
        return debian("python-matplotlib-data", "grace_hopper.jpg");
    }

    private static synchronized Optional<Path> debian(String pkg, String file) {
        try {
            Path dir = DEBIAN.resolve(pkg);
            Optional<Path> found = find(dir, file);
            if (found.isPresent()) {
                return found;
            }
            Files.createDirectories(dir);
            if (run(dir, "apt-get", "download", pkg) != 0) {
                return Optional.empty();
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path deb : s.filter(p -> p.toString().endsWith(".deb")).toList()) {
                    run(dir, "dpkg-deb", "-x", deb.getFileName().toString(), "x");
                }
            }
            return find(dir, file);
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> find(Path dir, String file) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().equals(file)).findFirst();
        }
    }

    private static int run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
