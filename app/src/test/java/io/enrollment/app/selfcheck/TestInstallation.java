package io.enrollment.app.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An installation folder for tests that run from classes (no installed jar to check): copies of real jars of
 * the class path (core and quality-control with its models) and the integrity manifest made over them by the
 * build's own {@link IntegrityManifest}. The integrity item then checks real files against a real manifest.
 */
public final class TestInstallation {
    private TestInstallation() {
    }

    /** Makes (once) the installation in {@code dir}. */
    public static Path in(Path dir) throws IOException {
        if (Files.exists(dir.resolve(IntegrityManifest.FILE_NAME))) {
            return dir;
        }
        Files.createDirectories(dir.resolve("lib"));
        List<Path> candidates = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            candidates.add(Path.of(entry));
        }
        if (Files.isDirectory(Path.of("target", "lib"))) {
            // exec:java runs with Maven's own class path: take the packaged application's jars
            try (var s = Files.list(Path.of("target", "lib"))) {
                s.forEach(candidates::add);
            }
        }
        for (Path jar : candidates) {
            String name = jar.getFileName().toString();
            if (Files.exists(dir.resolve("lib").resolve(name)) || !name.endsWith(".jar") || name.contains("-tests")) {
                continue;
            }
            if (name.startsWith("quality-control") || name.startsWith("core-")) {
                Files.copy(jar, dir.resolve("lib").resolve(name));
            }
        }
        IntegrityManifest.main(new String[] {dir.toString()});
        return dir;
    }

    /**
     * Self-check options for a test workstation: this installation, the packaged reference face, a short wait for a
     * finger, and devices looked for in {@code devices} (a test folder, not the machine's {@code /dev}).
     */
    public static SelfCheckContext.Options options(Path dir, Path devices) throws IOException {
        return new SelfCheckContext.Options(Optional.of(in(dir)), Duration.ofSeconds(2), ReferenceSamples.packagedFace(),
                List.of(devices));
    }
}
