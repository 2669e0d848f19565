package io.enrollment.central;

import io.enrollment.central.pki.SimulatorPki;
import io.enrollment.core.Modality;
import io.enrollment.core.Officer;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.pkg.PackageWriter;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.core.sample.Place;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.IdentityDocument;
import io.enrollment.core.subject.Subject;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Sealed packages and events as a workstation makes them: container → officer's CAdES → envelope to the central system. */
public final class SealedItems {
    static final Instant NOW = Instant.now();
    static final Place PLACE = new Place("Branch 42", 55.757, 37.615);

    private SealedItems() {
    }

    public static Officer officer(X509Certificate cert) {
        return new Officer(cert.getSubjectX500Principal().getName(), "Bank", cert.getSerialNumber().toString(16),
                cert.getIssuerX500Principal().getName(), cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(),
                Officer.Role.OPERATOR);
    }

    static byte[] container(UUID id, Officer officer) throws Exception {
        return container(id, officer, 48, 60);
    }

    /** A container whose face image is {@code w}×{@code h} pixels of noise (about 3 bytes per pixel as PNG). */
    public static byte[] container(UUID id, Officer officer, int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Random r = new Random(id.getLeastSignificantBits());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.nextInt(0xFFFFFF));
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        CaptureMetadata meta = new CaptureMetadata(NOW, ZoneId.of("Europe/Moscow"), PLACE,
                List.of(new DeviceInfo(DeviceInfo.Kind.CAMERA, "Acme", "Cam 1", "SN1", "1.0", DeviceInfo.Health.OK, "")),
                CollectionMethod.IN_PERSON_GUIDED_AUTO);
        FaceSample face = new FaceSample(png.toByteArray(), ImageFormat.PNG, w, h, meta, new QualityReport(Modality.FACE,
                "ru", List.of(CheckResult.measured("R-FACE-2", "yaw", 1.0, Comparison.AT_MOST, 5, "deg", "look ahead"))));
        Subject subject = new Subject(new IdentityDocument("PASSPORT_RU", "4510 123456", "Test issuer"), "Test", "Subject",
                "", LocalDate.of(1980, 1, 1));
        EnrollmentPackage pkg = EnrollmentPackage.assemble(id, ProfileLoader.builtIn("ru"), "WS-DEMO", subject,
                Consent.given("ru-test", NOW.minusSeconds(60), officer.subjectDn()), officer, List.of(face), List.of(),
                NOW, ZoneId.of("Europe/Moscow"));
        return PackageWriter.toBytes(pkg);
    }

    public static byte[] sign(SimulatorPki.KeyEntry officerKey, byte[] content) throws Exception {
        SoftwareOfficerSession session = new SoftwareOfficerSession("test", officerKey.key(),
                List.of(officerKey.chain()), officer(officerKey.certificate()), SignatureAlgorithm.ECDSA_P256_SHA256);
        return new CadesSigner(PLACE, Clock.systemUTC(), Optional.empty()).sign(session, content, Packaging.ENCAPSULATED)
                .encoded();
    }

    public static byte[] seal(byte[] signed, X509Certificate central) throws Exception {
        return new EnvelopeSealer().seal(signed, List.of(central));
    }

    /** A package as the queue sends it. */
    static byte[] sealedPackage(UUID id, SimulatorPki.KeyEntry officerKey, X509Certificate central) throws Exception {
        return seal(sign(officerKey, container(id, officer(officerKey.certificate()))), central);
    }
}
