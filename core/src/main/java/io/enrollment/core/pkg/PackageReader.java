package io.enrollment.core.pkg;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.core.Bytes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a package container, trusting nothing in it: every entry name, size and hash is checked and the
 * memory it may take is bounded by {@link PackageLimits}. Every problem ends in a
 * {@link PackageFormatException} that names it.
 */
public final class PackageReader {
    /** Entry names are flat, short and plain: no directories, no traversal, no surprises. */
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final PackageLimits limits;

    public PackageReader(PackageLimits limits) {
        this.limits = limits;
    }

    public PackageReader() {
        this(PackageLimits.DEFAULT);
    }

    public EnrollmentPackage read(byte[] container) throws PackageFormatException {
        return read(new ByteArrayInputStream(container));
    }

    /** Reads and verifies a container; the stream is read to the container's end but not closed. */
    public EnrollmentPackage read(InputStream in) throws PackageFormatException {
        Map<String, byte[]> entries = readEntries(in);
        byte[] manifestBytes = entries.get(PackageWriter.MANIFEST);
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestBytes);
        } catch (JsonProcessingException e) {
            throw new PackageFormatException("manifest.json is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new PackageFormatException("manifest.json cannot be read: " + e.getMessage(), e);
        }
        if (manifest == null) {
            throw new PackageFormatException("manifest.json is empty");
        }
        ManifestCodec.checkVersion(manifest);
        try {
            Set<String> listed = new HashSet<>();
            listed.add(PackageWriter.MANIFEST);
            for (ManifestCodec.FileRef ref : ManifestCodec.files(manifest)) {
                byte[] data = entries.get(ref.name());
                if (data == null) {
                    throw new PackageFormatException("entry '" + ref.name() + "' listed in the manifest is missing");
                }
                if (!listed.add(ref.name())) {
                    throw new PackageFormatException("entry '" + ref.name() + "' is listed twice in the manifest");
                }
                if (data.length != ref.size()) {
                    throw new PackageFormatException("entry '" + ref.name() + "' has " + data.length
                            + " bytes, the manifest says " + ref.size());
                }
                if (!Bytes.sha256Hex(data).equals(ref.sha256())) {
                    throw new PackageFormatException("entry '" + ref.name() + "' does not match its SHA-256 in the manifest");
                }
            }
            for (String name : entries.keySet()) {
                if (!listed.contains(name)) {
                    throw new PackageFormatException("entry '" + name + "' is not listed in the manifest");
                }
            }
            return ManifestCodec.fromJson(manifest, entries);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException | DateTimeException e) {
            // Hostile input reaches the domain constructors; their complaints are the format's errors here.
            throw new PackageFormatException("manifest.json is invalid: " + e.getMessage(), e);
        }
    }

    private Map<String, byte[]> readEntries(InputStream in) throws PackageFormatException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try {
            ZipInputStream zip = new ZipInputStream(in);
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (entries.isEmpty() && !PackageWriter.MANIFEST.equals(name)) {
                    throw new PackageFormatException("the first entry must be manifest.json, found '" + printable(name) + "'");
                }
                if (!SAFE_NAME.matcher(name).matches()) {
                    throw new PackageFormatException("entry name not allowed: '" + printable(name) + "'");
                }
                if (entries.containsKey(name)) {
                    throw new PackageFormatException("entry '" + name + "' appears twice");
                }
                if (entries.size() >= limits.maxEntries()) {
                    throw new PackageFormatException("more than " + limits.maxEntries() + " entries");
                }
                long max = PackageWriter.MANIFEST.equals(name) ? limits.maxManifestBytes() : limits.maxEntryBytes();
                byte[] data = readBounded(zip, name, Math.min(max, limits.maxTotalBytes() - total));
                total += data.length;
                entries.put(name, data);
            }
        } catch (ZipException e) {
            throw new PackageFormatException("damaged container: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PackageFormatException("container cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream throws it for malformed entry names (bad UTF-8).
            throw new PackageFormatException("damaged container: " + e.getMessage(), e);
        }
        if (entries.isEmpty()) {
            throw new PackageFormatException("not a package container: no entries (manifest.json missing)");
        }
        return entries;
    }

    private byte[] readBounded(InputStream in, String name, long max) throws IOException, PackageFormatException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > max) {
                throw new PackageFormatException("entry '" + name + "' is larger than allowed (" + max
                        + " bytes); the container is oversized or a decompression bomb");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> b.append(Character.isISOControl(c) ? '?' : (char) c));
        return b.toString();
    }
}
