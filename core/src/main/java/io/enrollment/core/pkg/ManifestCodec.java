package io.enrollment.core.pkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enrollment.core.Attestation;
import io.enrollment.core.Bytes;
import io.enrollment.core.Modality;
import io.enrollment.core.Officer;
import io.enrollment.core.quality.QualityReportJson;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.core.sample.Place;
import io.enrollment.core.sample.Sample;
import io.enrollment.core.sample.VoiceSample;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.IdentityDocument;
import io.enrollment.core.subject.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps a package to its version-1 JSON manifest and back (see {@code docs/package-format.md}).
 * The field order is fixed here, which makes the manifest, and so the container, deterministic.
 */
final class ManifestCodec {
    static final String FORMAT = "io.enrollment.package";
    static final int VERSION = 1;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ManifestCodec() {
    }

    /** A file of the container as the manifest lists it. */
    record FileRef(String name, String sha256, long size) {
    }

    static ObjectNode toJson(EnrollmentPackage p) {
        ObjectNode m = JSON.objectNode();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("id", p.id().toString());
        m.put("profile", p.profileId());
        m.put("workstation", p.workstationId());
        m.put("createdAt", p.createdAt().toString());
        m.put("collectedOn", p.collectedOn().toString());
        m.put("useBy", p.useBy().toString());
        m.set("subject", subject(p.subject()));
        m.set("consent", consent(p.consent()));
        m.set("officer", officer(p.officer()));
        ArrayNode attestations = m.putArray("attestations");
        for (Attestation a : p.attestations()) {
            ObjectNode n = attestations.addObject();
            n.put("requirement", a.requirementId());
            n.put("statement", a.statement());
            n.put("officer", a.officerId());
            n.put("at", a.at().toString());
        }
        ArrayNode samples = m.putArray("samples");
        for (Sample s : p.samples()) {
            samples.add(sample(s));
        }
        return m;
    }

    private static ObjectNode subject(Subject s) {
        ObjectNode n = JSON.objectNode();
        ObjectNode d = n.putObject("document");
        d.put("type", s.document().type());
        d.put("number", s.document().number());
        d.put("issuer", s.document().issuer());
        n.put("familyName", s.familyName());
        n.put("givenNames", s.givenNames());
        n.put("patronymic", s.patronymic());
        n.put("dateOfBirth", s.dateOfBirth().toString());
        return n;
    }

    private static ObjectNode consent(Consent c) {
        ObjectNode n = JSON.objectNode();
        n.put("textVersion", c.textVersion());
        n.put("givenAt", c.givenAt().toString());
        n.put("recordedBy", c.recordedBy());
        return n;
    }

    private static ObjectNode officer(Officer o) {
        ObjectNode n = JSON.objectNode();
        n.put("subjectDn", o.subjectDn());
        n.put("organisation", o.organisation());
        n.put("serial", o.serialHex());
        n.put("issuerDn", o.issuerDn());
        n.put("notBefore", o.notBefore().toString());
        n.put("notAfter", o.notAfter().toString());
        n.put("role", o.role().name());
        return n;
    }

    private static ObjectNode sample(Sample s) {
        ObjectNode n = JSON.objectNode();
        byte[] data = s.data();
        n.put("modality", s.modality().code());
        n.put("file", s.fileName());
        n.put("mediaType", s.mediaType());
        n.put("sha256", Bytes.sha256Hex(data));
        n.put("size", data.length);
        if (s instanceof FaceSample f) {
            ObjectNode d = n.putObject("face");
            d.put("format", f.format().name());
            d.put("isoImageDataType", f.format().isoImageDataType());
            d.put("width", f.width());
            d.put("height", f.height());
        } else if (s instanceof VoiceSample v) {
            n.putObject("voice").put("prompt", v.prompt());
        } else if (s instanceof FingerprintSample f) {
            ObjectNode d = n.putObject("finger");
            d.put("position", f.position().name());
            d.put("isoPosition", f.position().isoCode());
            d.put("dpi", f.dpi());
            if (f.hasTemplate()) {
                byte[] t = f.isoTemplate();
                ObjectNode tn = d.putObject("template");
                tn.put("file", f.templateFileName());
                tn.put("format", "ISO/IEC 19794-2:2011");
                tn.put("sha256", Bytes.sha256Hex(t));
                tn.put("size", t.length);
            }
        }
        n.set("metadata", metadata(s.metadata()));
        n.set("quality", QualityReportJson.report(s.quality()));
        return n;
    }

    private static ObjectNode metadata(CaptureMetadata md) {
        ObjectNode n = JSON.objectNode();
        n.put("capturedAt", md.capturedAt().toString());
        n.put("zone", md.zone().getId());
        n.put("localTime", md.localTime().toOffsetDateTime().toString());
        ObjectNode place = n.putObject("place");
        place.put("name", md.place().name());
        if (md.place().hasCoordinates()) {
            place.put("latitude", md.place().latitude());
            place.put("longitude", md.place().longitude());
        }
        n.put("method", md.method().name());
        ArrayNode devices = n.putArray("devices");
        for (DeviceInfo d : md.devices()) {
            ObjectNode dn = devices.addObject();
            dn.put("kind", d.kind().name());
            dn.put("vendor", d.vendor());
            dn.put("model", d.model());
            dn.put("serial", d.serial());
            dn.put("driverVersion", d.driverVersion());
            dn.put("health", d.health().name());
            dn.put("healthDetail", d.healthDetail());
        }
        return n;
    }

    /** Checks the format and version before anything else is read. */
    static void checkVersion(JsonNode m) throws PackageFormatException {
        if (!m.isObject()) {
            throw new PackageFormatException("manifest.json is not a JSON object");
        }
        JsonNode format = m.get("format");
        if (format == null || !FORMAT.equals(format.asText())) {
            throw new PackageFormatException("manifest.json is not an enrollment package manifest (format '"
                    + (format == null ? "" : format.asText()) + "')");
        }
        JsonNode version = m.get("version");
        if (version == null || !version.isInt() || version.asInt() != VERSION) {
            throw new PackageFormatException("unsupported package format version " + version + " (this reader knows " + VERSION + ")");
        }
    }

    /** The files the manifest lists, in order: each sample and its template. */
    static List<FileRef> files(JsonNode m) {
        List<FileRef> files = new ArrayList<>();
        for (JsonNode s : array(m, "samples")) {
            files.add(new FileRef(text(s, "file"), text(s, "sha256"), longValue(s, "size")));
            JsonNode t = s.path("finger").get("template");
            if (t != null) {
                files.add(new FileRef(text(t, "file"), text(t, "sha256"), longValue(t, "size")));
            }
        }
        return files;
    }

    /** Builds the package; the caller has verified that every listed file is present and hashes right. */
    static EnrollmentPackage fromJson(JsonNode m, Map<String, byte[]> files) {
        JsonNode sj = object(m, "subject");
        JsonNode dj = object(sj, "document");
        Subject subject = new Subject(new IdentityDocument(text(dj, "type"), text(dj, "number"), text(dj, "issuer")),
                text(sj, "familyName"), text(sj, "givenNames"), text(sj, "patronymic"),
                LocalDate.parse(text(sj, "dateOfBirth")));
        JsonNode cj = object(m, "consent");
        Consent consent = Consent.given(text(cj, "textVersion"), Instant.parse(text(cj, "givenAt")), text(cj, "recordedBy"));
        JsonNode oj = object(m, "officer");
        Officer officer = new Officer(text(oj, "subjectDn"), text(oj, "organisation"), text(oj, "serial"),
                text(oj, "issuerDn"), Instant.parse(text(oj, "notBefore")), Instant.parse(text(oj, "notAfter")),
                Officer.Role.valueOf(text(oj, "role")));
        List<Attestation> attestations = new ArrayList<>();
        for (JsonNode a : array(m, "attestations")) {
            attestations.add(new Attestation(text(a, "requirement"), text(a, "statement"), text(a, "officer"),
                    Instant.parse(text(a, "at"))));
        }
        List<Sample> samples = new ArrayList<>();
        for (JsonNode s : array(m, "samples")) {
            samples.add(sample(s, files));
        }
        return new EnrollmentPackage(UUID.fromString(text(m, "id")), text(m, "profile"), text(m, "workstation"),
                subject, consent, officer, samples, attestations, Instant.parse(text(m, "createdAt")),
                LocalDate.parse(text(m, "collectedOn")), LocalDate.parse(text(m, "useBy")));
    }

    private static Sample sample(JsonNode s, Map<String, byte[]> files) {
        byte[] data = files.get(text(s, "file"));
        CaptureMetadata md = metadata(object(s, "metadata"));
        var quality = QualityReportJson.parseReport(object(s, "quality"));
        Sample sample = switch (Modality.fromCode(text(s, "modality"))) {
            case FACE -> {
                JsonNode f = object(s, "face");
                yield new FaceSample(data, ImageFormat.valueOf(text(f, "format")), intValue(f, "width"),
                        intValue(f, "height"), md, quality);
            }
            case VOICE -> new VoiceSample(data, text(object(s, "voice"), "prompt"), md, quality);
            case FINGERPRINT -> {
                JsonNode f = object(s, "finger");
                JsonNode t = f.get("template");
                byte[] template = t == null ? null : files.get(text(t, "file"));
                yield new FingerprintSample(FingerPosition.valueOf(text(f, "position")), data, intValue(f, "dpi"),
                        template, md, quality);
            }
        };
        if (!sample.fileName().equals(text(s, "file"))) {
            throw new IllegalArgumentException("sample file '" + text(s, "file") + "' should be named " + sample.fileName());
        }
        return sample;
    }

    private static CaptureMetadata metadata(JsonNode n) {
        JsonNode p = object(n, "place");
        Place place = p.has("latitude")
                ? new Place(text(p, "name"), doubleValue(p, "latitude"), doubleValue(p, "longitude"))
                : Place.named(text(p, "name"));
        List<DeviceInfo> devices = new ArrayList<>();
        for (JsonNode d : array(n, "devices")) {
            devices.add(new DeviceInfo(DeviceInfo.Kind.valueOf(text(d, "kind")), text(d, "vendor"), text(d, "model"),
                    text(d, "serial"), text(d, "driverVersion"), DeviceInfo.Health.valueOf(text(d, "health")),
                    text(d, "healthDetail")));
        }
        return new CaptureMetadata(Instant.parse(text(n, "capturedAt")), ZoneId.of(text(n, "zone")), place, devices,
                CollectionMethod.valueOf(text(n, "method")));
    }

    private static JsonNode object(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException("missing object '" + field + "'");
        }
        return v;
    }

    private static JsonNode array(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("missing array '" + field + "'");
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return v.asText();
    }

    private static int intValue(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isInt()) {
            throw new IllegalArgumentException("missing whole number '" + field + "'");
        }
        return v.asInt();
    }

    private static long longValue(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new IllegalArgumentException("missing size '" + field + "'");
        }
        return v.asLong();
    }

    private static double doubleValue(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("missing number '" + field + "'");
        }
        return v.asDouble();
    }
}
