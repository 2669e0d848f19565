package io.enrollment.queue.it;

import io.enrollment.core.Officer;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.pkg.PackageWriter;
import io.enrollment.core.pkg.TestPackages;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.sample.Place;
import io.enrollment.core.subject.Consent;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Real packages as the workstation makes them: written by {@link PackageWriter}, signed (CAdES) by an officer
 * whose certificate a test CA issued, sealed to the central system's certificate.
 */
final class SealedPackages {
    private final SoftwareOfficerSession officer;
    private final PackageSealer sealer;
    private static final char[] PASSWORD = "officer".toCharArray();
    private final DemoPki pki;
    private final java.util.Map<Integer, byte[]> noiseImages = new java.util.HashMap<>();

    SealedPackages(X509Certificate central) throws Exception {
        this(central, null);
    }

    /**
     * @param officerDir where the officer's key and CA are kept across processes (created on first use), or null
     *                   for a fresh officer
     */
    SealedPackages(X509Certificate central, Path officerDir) throws Exception {
        Path p12 = officerDir == null ? null : officerDir.resolve("officer.p12");
        java.security.PrivateKey key;
        List<X509Certificate> chain;
        if (p12 != null && java.nio.file.Files.exists(p12)) {
            java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
            try (var in = java.nio.file.Files.newInputStream(p12)) {
                ks.load(in, PASSWORD);
            }
            String alias = ks.aliases().nextElement();
            key = (java.security.PrivateKey) ks.getKey(alias, PASSWORD);
            chain = java.util.Arrays.stream(ks.getCertificateChain(alias)).map(c -> (X509Certificate) c).toList();
            pki = null;
        } else {
            pki = DemoPki.create("Test officers CA", KeyType.EC_P256, Clock.systemUTC());
            DemoPki.Issued issued = pki.issueOfficer("Test Officer", "Test Bank", KeyType.EC_P256);
            key = issued.privateKey();
            chain = issued.chain();
            if (p12 != null) {
                java.nio.file.Files.createDirectories(officerDir);
                DemoPki.writePkcs12(issued, p12, PASSWORD);
                DemoPki.writePem(List.of(pki.caCertificate()), officerDir.resolve("ca.pem"));
            }
        }
        X509Certificate cert = chain.get(0);
        Officer identity = new Officer(cert.getSubjectX500Principal().getName(), "Test Bank",
                cert.getSerialNumber().toString(16), cert.getIssuerX500Principal().getName(),
                cert.getNotBefore().toInstant(), cert.getNotAfter().toInstant(), Officer.Role.OPERATOR);
        officer = new SoftwareOfficerSession("test officer", key, chain, identity,
                SignatureAlgorithm.ECDSA_P256_SHA256);
        sealer = new PackageSealer(new CadesSigner(Place.named("Test branch"), Clock.systemUTC(), Optional.empty()),
                new EnvelopeSealer(), List.of(central));
    }

    /** Writes the officers' CA as PEM, for the simulator's {@code --officer-trust}. */
    Path writeTrust(Path file) throws Exception {
        DemoPki.writePem(List.of(pki.caCertificate()), file);
        return file;
    }

    /** A deterministic package for {@code id} (the same id always has the same content), signed and sealed. */
    byte[] sealed(UUID id) throws Exception {
        return sealed(id, TestPackages.ru());
    }

    /**
     * A package of about {@code bytes} (its face image is that large), signed and sealed. Every package of one size
     * carries the same noise image (encoding a megabyte of noise as PNG takes longer than sealing the package).
     */
    byte[] sealedOfSize(UUID id, int bytes) throws Exception {
        EnrollmentPackage small = TestPackages.ru();
        int side = (int) Math.sqrt(bytes / 3.0);
        byte[] png = noiseImages.computeIfAbsent(side, s -> TestPackages.png(s, s, s));
        io.enrollment.core.sample.FaceSample face = new io.enrollment.core.sample.FaceSample(
                png, io.enrollment.core.sample.ImageFormat.PNG,
                side, side, small.samples().get(0).metadata(), small.samples().get(0).quality());
        EnrollmentPackage big = new EnrollmentPackage(small.id(), small.profileId(), small.workstationId(), small.subject(),
                small.consent(), small.officer(), List.of(face, small.samples().get(1)), small.attestations(),
                small.createdAt(), small.collectedOn(), small.useBy());
        return sealed(id, big);
    }

    private byte[] sealed(UUID id, EnrollmentPackage template) throws Exception {
        EnrollmentPackage p = EnrollmentPackage.assemble(id, ProfileLoader.builtIn("ru"), "WS-TEST", template.subject(),
                Consent.given("ru-2021-930-v1", TestPackages.NOW.minusSeconds(60), officer.officer().subjectDn()),
                officer.officer(), template.samples(), template.attestations(), TestPackages.NOW, TestPackages.ZONE);
        return sealer.seal(officer, PackageWriter.toBytes(p)).envelope();
    }

    static UUID id(long seed, int i) {
        return UUID.nameUUIDFromBytes(BigInteger.valueOf(seed * 1_000_003L + i).toByteArray());
    }
}
