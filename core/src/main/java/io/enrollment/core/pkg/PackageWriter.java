package io.enrollment.core.pkg;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.Sample;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package as a deterministic ZIP container (format v1, {@code docs/package-format.md}):
 * {@code manifest.json} first, then each sample file and its template in the manifest's order, every
 * entry with the same fixed timestamp. The same package always gives the same bytes, so its hash and
 * signature are reproducible.
 */
public final class PackageWriter {
    static final String MANIFEST = "manifest.json";
    /** Fixed entry time; local date-time so that the time zone of the writer does not change the bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final ObjectWriter JSON = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writer(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));

    private PackageWriter() {
    }

    /** Writes the container to {@code out}, which is left open. */
    public static void write(EnrollmentPackage pkg, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(6);
        put(zip, MANIFEST, JSON.writeValueAsBytes(ManifestCodec.toJson(pkg)));
        for (Sample s : pkg.samples()) {
            put(zip, s.fileName(), s.data());
            if (s instanceof FingerprintSample f && f.hasTemplate()) {
                put(zip, f.templateFileName(), f.isoTemplate());
            }
        }
        zip.finish();
        zip.flush();
    }

    /** The container as bytes. */
    public static byte[] toBytes(EnrollmentPackage pkg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(pkg, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(data);
        zip.closeEntry();
    }
}
