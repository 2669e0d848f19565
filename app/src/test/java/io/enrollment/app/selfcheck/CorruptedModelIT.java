package io.enrollment.app.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged workstation (workstation.jar, lib/, the build's integrity.sha256) copied to an installation
 * folder, with the face detector model inside the quality-control jar truncated: {@code workstation selfcheck
 * --json} run as its own process must FAIL both the software integrity item and the QC engine self-test.
 */
class CorruptedModelIT {
    @TempDir
    Path home;

    @Test
    void rSelf1_truncatedModelFailsIntegrityAndTheEngineSelfTest() throws Exception {
        Path jar = Path.of(System.getProperty("workstation.jar"));
        Path lib = Path.of(System.getProperty("workstation.lib"));
        Path install = home.resolve("install");
        Files.createDirectories(install.resolve("lib"));
        Files.copy(jar, install.resolve("workstation.jar"));
        Files.copy(jar.resolveSibling(IntegrityManifest.FILE_NAME), install.resolve(IntegrityManifest.FILE_NAME));
        List<String> classpath = new ArrayList<>(List.of(install.resolve("workstation.jar").toString()));
        try (Stream<Path> s = Files.list(lib)) {
            for (Path p : s.sorted().toList()) {
                Path copy = install.resolve("lib").resolve(p.getFileName());
                Files.copy(p, copy);
                classpath.add(copy.toString());
            }
        }
        Path qc;
        try (Stream<Path> s = Files.list(install.resolve("lib"))) {
            qc = s.filter(p -> p.getFileName().toString().startsWith("quality-control")).findFirst().orElseThrow();
        }
        String model = truncateDetector(qc);

        Path config = io.enrollment.app.cli.AuditCommandTestAccess.minimalConfig(home);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", String.join(java.io.File.pathSeparator, classpath),
                "io.enrollment.app.Launcher", "selfcheck", "--json", "--config", config.toString())
                .redirectError(home.resolve("stderr.txt").toFile()).redirectOutput(home.resolve("stdout.txt").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "selfcheck did not finish");
        String stdout = Files.readString(home.resolve("stdout.txt"), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), stdout + Files.readString(home.resolve("stderr.txt")));
        JsonNode report = new ObjectMapper().readTree(stdout);
        JsonNode integrity = item(report, "integrity");
        JsonNode engine = item(report, "qc-engine");
        assertEquals("FAIL", integrity.path("status").asText(), integrity.toString());
        assertTrue(integrity.path("summary").asText().contains(model + " was changed"), integrity.toString());
        assertEquals("FAIL", engine.path("status").asText(), engine.toString());
        assertTrue(engine.path("summary").asText().contains("face-pass"), engine.toString());
    }

    private static JsonNode item(JsonNode report, String id) {
        for (JsonNode i : report.path("items")) {
            if (i.path("item").asText().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no item " + id + " in " + report);
    }

    /** Cuts the BlazeFace model inside the jar to its first half; returns its manifest path. */
    private static String truncateDetector(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".tmp");
        String cut = null;
        try (ZipFile in = new ZipFile(jar.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (cut == null && e.getName().contains("blazeface") && e.getName().endsWith(".onnx")) {
                    cut = e.getName();
                    data = java.util.Arrays.copyOf(data, data.length / 2);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
        assertTrue(cut != null, "no BlazeFace model in " + jar);
        return "lib/" + jar.getFileName() + "!/" + cut;
    }
}
