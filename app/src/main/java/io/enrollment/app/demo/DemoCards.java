package io.enrollment.app.demo;

import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The demo's officer cards and certificates, made by a throw-away PKI: an operator card, a supervisor card
 * (whose certificate also accepts envelopes, so rejected captures can be sealed to it), and the central
 * system's recipient certificate. The "card reader" is a file: inserting a card copies its PKCS#12 file
 * there, removing it deletes the file. DEMO only: software keys are refused for real enrollments (R-SIGN-2).
 */
public final class DemoCards {
    /** Which demo card. */
    public enum Card { OPERATOR, SUPERVISOR }

    private final Path dir;
    private final Path slot;

    private DemoCards(Path dir, Path slot) {
        this.dir = dir;
        this.slot = slot;
    }

    /** Makes the PKI and the cards once under {@code home/cards} (kept across demo starts). */
    public static DemoCards prepare(Path home, Path slot, char[] pin, Clock clock) throws IOException, GeneralSecurityException {
        Path dir = home.resolve("cards");
        if (!Files.exists(dir.resolve("supervisor.p12"))) {
            Files.createDirectories(dir);
            DemoPki pki = DemoPki.create("Enrollment Demo CA", KeyType.EC_P256, clock);
            DemoPki.Issued operator = pki.issueOfficer("Demo Operator Anna Ivanova", "Demo Bank", KeyType.EC_P256);
            DemoPki.Issued supervisor = pki.issue("C=RU,O=Demo Bank,CN=Demo Supervisor Oleg Petrov", KeyType.EC_P256,
                    clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(365)),
                    DemoPki.SIGNING_USAGE | KeyUsage.keyAgreement);
            DemoPki.Issued central = pki.issueRecipient("Demo Central System", KeyType.EC_P256);
            DemoPki.writePkcs12(operator, dir.resolve("operator.p12"), pin);
            DemoPki.writePkcs12(central, dir.resolve("central.p12"), pin);
            DemoPki.writePem(List.of(pki.caCertificate()), dir.resolve("ca.pem"));
            DemoPki.writePem(List.of(central.certificate()), dir.resolve("central.pem"));
            DemoPki.writePem(List.of(supervisor.certificate()), dir.resolve("supervisors.pem"));
            Files.writeString(dir.resolve("supervisors.txt"), supervisor.certificate().getSerialNumber().toString(16));
            DemoPki.writePkcs12(supervisor, dir.resolve("supervisor.p12"), pin);
        }
        return new DemoCards(dir, slot);
    }

    public Path slot() {
        return slot;
    }

    public Path caFile() {
        return dir.resolve("ca.pem");
    }

    public Path centralFile() {
        return dir.resolve("central.pem");
    }

    public Path supervisorsFile() {
        return dir.resolve("supervisors.pem");
    }

    /** Serial numbers (hex) of the supervisors' certificates, for the role policy. */
    public List<String> supervisorSerials() {
        try {
            return List.of(Files.readString(dir.resolve("supervisors.txt")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts a card in the reader (replacing any). */
    public void insert(Card card) {
        try {
            Path tmp = slot.resolveSibling(slot.getFileName() + ".tmp");
            Files.copy(dir.resolve(card == Card.OPERATOR ? "operator.p12" : "supervisor.p12"), tmp,
                    StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, slot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot insert the demo card", e);
        }
    }

    /** Pulls the card out of the reader. */
    public void remove() {
        try {
            Files.deleteIfExists(slot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the demo card", e);
        }
    }

    /** Reads PEM certificates. */
    public static List<X509Certificate> certificates(Path pem) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(pem)) {
            java.security.cert.CertificateFactory f = java.security.cert.CertificateFactory.getInstance("X.509");
            return f.generateCertificates(in).stream().map(c -> (X509Certificate) c).toList();
        }
    }
}
