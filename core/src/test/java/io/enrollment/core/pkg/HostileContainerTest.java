package io.enrollment.core.pkg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Damaged and hostile containers fail with an error that names the problem. */
class HostileContainerTest {

    private static Map<String, byte[]> entries(byte[] container) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(container))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                m.put(e.getName(), zip.readAllBytes());
            }
        }
        return m;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String failure(byte[] container, PackageLimits limits) {
        return assertThrows(PackageFormatException.class, () -> new PackageReader(limits).read(container)).getMessage();
    }

    private static String failure(byte[] container) {
        return failure(container, PackageLimits.DEFAULT);
    }

    private static void assertNames(String message, String expected) {
        assertTrue(message.contains(expected), "message '" + message + "' should mention '" + expected + "'");
    }

    @Test
    void sampleWithOneByteChangedFailsItsHash() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        e.get("face.png")[100] ^= 1;
        assertNames(failure(zip(e)), "'face.png' does not match its SHA-256");
    }

    @Test
    void missingEntryIsNamed() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        e.remove("voice.wav");
        assertNames(failure(zip(e)), "'voice.wav' listed in the manifest is missing");
    }

    @Test
    void unlistedEntryIsRefused() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        e.put("extra.bin", new byte[] {1, 2, 3});
        assertNames(failure(zip(e)), "'extra.bin' is not listed");
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        e.put("../../etc/passwd", new byte[] {1});
        assertNames(failure(zip(e)), "entry name not allowed: '../../etc/passwd'");
    }

    @Test
    void unknownVersionIsRefusedBeforeAnythingElse() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        String m = new String(e.get("manifest.json"), StandardCharsets.UTF_8).replace("\"version\" : 1", "\"version\" : 2");
        e.put("manifest.json", m.getBytes(StandardCharsets.UTF_8));
        assertNames(failure(zip(e)), "unsupported package format version 2");
    }

    @Test
    void zipBombIsStoppedAtTheEntryLimit() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        e.put("face.png", new byte[64 << 20]); // 64 MiB of zeros compresses to ~64 KiB
        byte[] bomb = zip(e);
        assertTrue(bomb.length < 1 << 20);
        assertNames(failure(bomb), "decompression bomb");
    }

    @Test
    void oversizedEntryIsRefusedUnderTighterLimits() throws Exception {
        byte[] container = PackageWriter.toBytes(TestPackages.ru());
        assertNames(failure(container, new PackageLimits(64, 1000, 10_000, 1 << 20)), "larger than allowed");
    }

    @Test
    void truncatedContainerIsDamaged() throws Exception {
        byte[] container = PackageWriter.toBytes(TestPackages.ru());
        byte[] half = java.util.Arrays.copyOf(container, container.length / 2);
        failure(half);
    }

    @Test
    void emptyAndForeignBytesAreNotAContainer() {
        assertNames(failure(new byte[0]), "no entries");
        assertNames(failure("hello, I am not a zip".getBytes(StandardCharsets.UTF_8)), "no entries");
    }

    @Test
    void manifestMustComeFirst() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("face.png", e.remove("face.png"));
        reordered.putAll(e);
        assertNames(failure(zip(reordered)), "first entry must be manifest.json");
    }

    @Test
    void duplicateJsonKeysAreRefused() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        String m = new String(e.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"profile\" : \"ru\"", "\"profile\" : \"ru\", \"profile\" : \"kg\"");
        e.put("manifest.json", m.getBytes(StandardCharsets.UTF_8));
        assertNames(failure(zip(e)), "not valid JSON");
    }

    @Test
    void sampleThatFailedQualityCannotBeSmuggledIn() throws Exception {
        Map<String, byte[]> e = entries(PackageWriter.toBytes(TestPackages.ru()));
        String m = new String(e.get("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"measured\" : 3.1", "\"measured\" : 9.1").replaceFirst("\"verdict\" : \"PASS\",\n", "")
                .replaceFirst("\"verdict\" : \"PASS\"", "\"verdict\" : \"FAIL\"");
        e.put("manifest.json", m.getBytes(StandardCharsets.UTF_8));
        assertNames(failure(zip(e)), "manifest.json is invalid");
    }
}
