package io.enrollment.app.selfcheck;

import io.enrollment.core.Bytes;
import io.enrollment.core.selfcheck.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The software-integrity manifest, written at build time next to the application jar
 * ({@code integrity.sha256}): one line {@code SHA256  PATH} per jar of the application (paths relative to the
 * manifest's folder) and per model file inside a jar ({@code PATH!/ENTRY}), so that a damaged model is named
 * as such, not only as a changed jar.
 */
public final class IntegrityManifest {
    public static final String FILE_NAME = "integrity.sha256";
    private static final List<String> MODEL_SUFFIXES = List.of(".onnx", ".tflite", ".data", ".binarypb", ".pb", ".bin");

    private final Map<String, String> entries;

    public IntegrityManifest(Map<String, String> entries) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public Map<String, String> entries() {
        return entries;
    }

    /**
     * Builds the manifest of {@code base}: {@code workstation.jar} and {@code lib/*.jar}, with the model files
     * inside them.
     *
     * @throws IOException when a file cannot be read
     */
    public static IntegrityManifest build(Path base) throws IOException {
        Map<String, String> e = new LinkedHashMap<>();
        List<Path> jars = new ArrayList<>();
        if (Files.isRegularFile(base.resolve("workstation.jar"))) {
            jars.add(base.resolve("workstation.jar"));
        }
        if (Files.isDirectory(base.resolve("lib"))) {
            try (Stream<Path> s = Files.list(base.resolve("lib"))) {
                s.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(jars::add);
            }
        }
        for (Path jar : jars) {
            String rel = base.relativize(jar).toString().replace('\\', '/');
            e.put(rel, sha256(jar));
            for (Map.Entry<String, String> model : models(jar).entrySet()) {
                e.put(rel + "!/" + model.getKey(), model.getValue());
            }
        }
        return new IntegrityManifest(e);
    }

    private static Map<String, String> models(Path jar) throws IOException {
        Map<String, String> models = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> list = Collections.list(zip.entries());
            for (ZipEntry entry : list) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (!entry.isDirectory() && name.startsWith("io/enrollment/")
                        && MODEL_SUFFIXES.stream().anyMatch(name::endsWith)) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        models.put(entry.getName(), Bytes.sha256Hex(in.readAllBytes()));
                    }
                }
            }
        }
        return models;
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = new byte[1 << 16];
            int n;
            while ((n = in.read(b)) > 0) {
                md.update(b, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The manifest's text. */
    public String text() {
        StringBuilder b = new StringBuilder();
        entries.forEach((path, hash) -> b.append(hash).append("  ").append(path).append('\n'));
        return b.toString();
    }

    /**
     * Reads a manifest file.
     *
     * @throws IOException when it cannot be read
     * @throws IllegalArgumentException naming the line that is malformed
     */
    public static IntegrityManifest read(Path file) throws IOException {
        Map<String, String> e = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            int sep = line.indexOf("  ");
            if (sep != 64 || !line.substring(0, 64).matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(file + " line " + n + " is not 'SHA256  PATH'");
            }
            e.put(line.substring(66), line.substring(0, 64));
        }
        return new IntegrityManifest(e);
    }

    /**
     * Compares the files under {@code base} with this manifest.
     *
     * @return one finding per changed, missing or foreign file ({@code integrity.missing}, {@code integrity.changed},
     *         {@code integrity.foreign} with the file's path), empty when everything matches
     */
    public List<Finding> differences(Path base) throws IOException {
        IntegrityManifest actual = build(base);
        List<Finding> problems = new ArrayList<>();
        for (Map.Entry<String, String> expected : entries.entrySet()) {
            String now = actual.entries.get(expected.getKey());
            if (now == null) {
                problems.add(Finding.of("integrity.missing", expected.getKey()));
            } else if (!now.equals(expected.getValue())) {
                problems.add(Finding.of("integrity.changed", expected.getKey()));
            }
        }
        for (String path : actual.entries.keySet()) {
            if (!entries.containsKey(path)) {
                problems.add(Finding.of("integrity.foreign", path));
            }
        }
        return problems;
    }

    /**
     * Build step: writes the manifest of the folder given as the only argument (the app's {@code target}).
     *
     * @throws IOException when the folder cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: IntegrityManifest TARGET_DIR");
        }
        Path base = Path.of(args[0]);
        IntegrityManifest m = build(base);
        Files.writeString(base.resolve(FILE_NAME), m.text(), StandardCharsets.UTF_8);
    }
}
