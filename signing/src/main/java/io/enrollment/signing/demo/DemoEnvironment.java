package io.enrollment.signing.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@code workstation demo} needs to sign without hardware, written to a directory:
 * <ul>
 *   <li>{@code ca.pem} — the demo CA (trust anchor);</li>
 *   <li>{@code officer.p12}, {@code supervisor.p12} — EC P-256 "software tokens" (DEMO: the UI shows
 *       it in red), both protected by the given PIN;</li>
 *   <li>{@code supervisors.txt} — the supervisor's certificate serial (for {@code RolePolicy});</li>
 *   <li>{@code central.p12}, {@code central.pem} — the central system's RSA-3072 envelope key and
 *       certificate (the central simulator opens packages with it);</li>
 *   <li>{@code tsa.p12} — the time-stamp authority's key (the simulator's TSA endpoint).</li>
 * </ul>
 * With SoftHSM2 installed the demo can use a real PKCS#11 token instead: scripts/token/create-token.sh.
 *
 * @param directory where the files are
 * @param supervisorSerialHex serial of the supervisor's certificate
 */
public record DemoEnvironment(Path directory, String supervisorSerialHex) {

    public DemoEnvironment {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(supervisorSerialHex, "supervisorSerialHex");
    }

    /**
     * Creates the files (overwriting earlier ones). Cost: ~1 s (RSA-3072 key generation).
     */
    public static DemoEnvironment create(Path directory, char[] pin, Clock clock) throws GeneralSecurityException, IOException {
        Files.createDirectories(directory);
        DemoPki pki = DemoPki.create("Enrollment Demo CA", KeyType.EC_P256, clock);
        DemoPki.writePem(List.of(pki.caCertificate()), directory.resolve("ca.pem"));
        DemoPki.writePkcs12(pki.issueOfficer("Demo Operator", "Demo Bank", KeyType.EC_P256),
                directory.resolve("officer.p12"), pin);
        DemoPki.Issued supervisor = pki.issueOfficer("Demo Supervisor", "Demo Bank", KeyType.EC_P256);
        DemoPki.writePkcs12(supervisor, directory.resolve("supervisor.p12"), pin);
        String serial = supervisor.certificate().getSerialNumber().toString(16);
        Files.writeString(directory.resolve("supervisors.txt"), serial + "\n", StandardCharsets.US_ASCII);
        DemoPki.Issued central = pki.issueRecipient("Demo Central Biometric System", KeyType.RSA_3072);
        DemoPki.writePkcs12(central, directory.resolve("central.p12"), pin);
        DemoPki.writePem(List.of(central.certificate()), directory.resolve("central.pem"));
        DemoPki.writePkcs12(pki.issueTsa("Demo TSA"), directory.resolve("tsa.p12"), pin);
        return new DemoEnvironment(directory, serial);
    }

    public Path caCertificate() {
        return directory.resolve("ca.pem");
    }

    public Path officerToken() {
        return directory.resolve("officer.p12");
    }

    public Path supervisorToken() {
        return directory.resolve("supervisor.p12");
    }

    public Path centralKeyStore() {
        return directory.resolve("central.p12");
    }

    public Path centralCertificate() {
        return directory.resolve("central.pem");
    }

    public Path tsaKeyStore() {
        return directory.resolve("tsa.p12");
    }
}
