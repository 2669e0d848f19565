package io.enrollment.core.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Bytes;
import io.enrollment.core.sample.FingerprintSample;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class PackageRoundTripTest {

    @Test
    void ruPackageSurvivesWriteAndRead() throws Exception {
        EnrollmentPackage original = TestPackages.ru();
        EnrollmentPackage read = new PackageReader().read(PackageWriter.toBytes(original));
        assertEquals(original, read);
    }

    @Test
    void kgPackageKeepsFingerprintTemplates() throws Exception {
        EnrollmentPackage original = TestPackages.kg();
        EnrollmentPackage read = new PackageReader().read(PackageWriter.toBytes(original));
        assertEquals(original, read);
        FingerprintSample thumb = (FingerprintSample) read.samples().get(1);
        assertArrayEquals(((FingerprintSample) original.samples().get(1)).isoTemplate(), thumb.isoTemplate());
    }

    @Test
    void samePackageGivesSameBytesWhateverTheTimeZone() {
        EnrollmentPackage p = TestPackages.ru();
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Bishkek"));
            byte[] a = PackageWriter.toBytes(p);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] b = PackageWriter.toBytes(p);
            assertEquals(Bytes.sha256Hex(a), Bytes.sha256Hex(b));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void useByIsFiveYearsAfterCollectionForR_STORE_2() {
        EnrollmentPackage p = TestPackages.ru();
        assertEquals(LocalDate.of(2026, 11, 22), p.collectedOn());
        assertEquals(LocalDate.of(2031, 11, 22), p.useBy());
        String manifest = manifestOf(PackageWriter.toBytes(p));
        assertTrue(manifest.contains("\"useBy\" : \"2031-11-22\""), "use-by date is in the manifest");
    }

    private static String manifestOf(byte[] container) {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(container))) {
            assertEquals("manifest.json", zip.getNextEntry().getName());
            return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void samplesAreNeverPrintedByToString() {
        EnrollmentPackage p = TestPackages.ru();
        String text = p.toString() + p.samples() + p.subject();
        assertTrue(!text.contains("Иванова") && !text.contains("4510"), text);
    }
}
