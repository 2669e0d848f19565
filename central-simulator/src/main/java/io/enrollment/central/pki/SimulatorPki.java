package io.enrollment.central.pki;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The simulator's own small PKI, kept in one directory and reused on every start:
 * <ul>
 *   <li>{@code ca.p12} / {@code ca.pem} — the simulator CA (issues everything below; TLS clients are trusted when
 *       their certificate chains to it);</li>
 *   <li>{@code central.p12} / {@code central.pem} — the central server's key and certificate (EC P-256): TLS server
 *       identity, receipt signatures (SHA256withECDSA) and the envelope recipient. Clients pin {@code central.pem};</li>
 *   <li>{@code tsa.p12} / {@code tsa.pem} — the RFC 3161 time-stamp authority (critical EKU timeStamping);</li>
 *   <li>{@code workstation.p12} — a workstation client certificate ({@code CN=WS-DEMO}), and
 *       {@code workstation-NAME.p12} for every further one issued with {@link #issueWorkstation(String)}.</li>
 * </ul>
 * Every PKCS#12 file is protected by {@link #PASSWORD} and holds one key entry under the alias
 * {@link #ALIAS}. These keys are for tests, the demo and integrators' trials only.
 */
public final class SimulatorPki {
    /** Password of every PKCS#12 file the simulator writes (test material, documented in the README). */
    public static final String PASSWORD = "simulator";
    /** Alias of the key entry in every PKCS#12 file. */
    public static final String ALIAS = "key";
    /** Name of the default workstation certificate. */
    public static final String DEFAULT_WORKSTATION = "WS-DEMO";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path dir;
    private final CertificateIssuer issuer = new CertificateIssuer();
    private final KeyEntry ca;
    private final KeyEntry central;
    private final KeyEntry tsa;

    /** A private key with its certificate chain (own certificate first). */
    public record KeyEntry(PrivateKey key, X509Certificate[] chain) {
        public KeyEntry {
            Objects.requireNonNull(key, "key");
            chain = chain.clone();
        }

        @Override
        public X509Certificate[] chain() {
            return chain.clone();
        }

        public X509Certificate certificate() {
            return chain[0];
        }
    }

    private SimulatorPki(Path dir, KeyEntry ca, KeyEntry central, KeyEntry tsa) {
        this.dir = dir;
        this.ca = ca;
        this.central = central;
        this.tsa = tsa;
    }

    /**
     * Loads the PKI from {@code dir}, creating whatever is missing (the CA first; a new CA means new
     * certificates for everything else).
     */
    public static SimulatorPki loadOrCreate(Path dir) throws IOException, GeneralSecurityException {
        Files.createDirectories(dir);
        CertificateIssuer issuer = new CertificateIssuer();
        Path caFile = dir.resolve("ca.p12");
        boolean freshCa = !Files.exists(caFile);
        KeyEntry ca;
        if (freshCa) {
            KeyPair keys = issuer.newKeyPair();
            ca = new KeyEntry(keys.getPrivate(), new X509Certificate[] {
                issuer.selfSigned("CN=Central Simulator CA,O=Enrollment Test PKI", keys)});
            write(dir, "ca", ca);
        } else {
            ca = read(caFile);
        }
        KeyEntry central = loadOrIssue(dir, "central", "CN=central-simulator,O=Enrollment Test PKI", ca, freshCa,
                CertificateIssuer.Role.CENTRAL, issuer);
        KeyEntry tsa = loadOrIssue(dir, "tsa", "CN=Central Simulator TSA,O=Enrollment Test PKI", ca, freshCa,
                CertificateIssuer.Role.TSA, issuer);
        SimulatorPki pki = new SimulatorPki(dir, ca, central, tsa);
        if (freshCa || !Files.exists(dir.resolve("workstation.p12"))) {
            pki.writeWorkstation(DEFAULT_WORKSTATION, dir.resolve("workstation.p12"));
        }
        return pki;
    }

    private static KeyEntry loadOrIssue(Path dir, String base, String dn, KeyEntry ca, boolean freshCa,
                                        CertificateIssuer.Role role, CertificateIssuer issuer)
            throws IOException, GeneralSecurityException {
        Path file = dir.resolve(base + ".p12");
        if (!freshCa && Files.exists(file)) {
            return read(file);
        }
        KeyPair keys = issuer.newKeyPair();
        KeyEntry entry = new KeyEntry(keys.getPrivate(), new X509Certificate[] {
            issuer.issue(dn, keys, ca.certificate(), ca.key(), role), ca.certificate()});
        write(dir, base, entry);
        return entry;
    }

    /**
     * Issues a workstation client certificate {@code CN=name} into {@code workstation-name.p12}
     * (password {@link #PASSWORD}), or returns the existing file.
     *
     * @throws IllegalArgumentException if the name is not 1–64 letters, digits, {@code . _ -}
     */
    public Path issueWorkstation(String name) throws IOException, GeneralSecurityException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("workstation name must be 1-64 letters, digits, '.', '_' or '-': " + name);
        }
        Path file = dir.resolve("workstation-" + name + ".p12");
        if (!Files.exists(file)) {
            writeWorkstation(name, file);
        }
        return file;
    }

    private void writeWorkstation(String name, Path file) throws IOException, GeneralSecurityException {
        KeyPair keys = issuer.newKeyPair();
        KeyEntry entry = new KeyEntry(keys.getPrivate(), new X509Certificate[] {
            issuer.issue("CN=" + name + ",O=Enrollment Test PKI", keys, ca.certificate(), ca.key(),
                    CertificateIssuer.Role.CLIENT), ca.certificate()});
        writeP12(file, entry);
    }

    /**
     * Issues a test officer signing certificate (EC P-256, digitalSignature + nonRepudiation) from the simulator CA,
     * kept in memory only: for tests and demos that have no token. The simulator trusts its own CA for officers.
     *
     * @param subjectDn RFC 2253 subject, e.g. {@code CN=Test Officer,O=Bank}
     */
    public KeyEntry issueOfficer(String subjectDn) throws GeneralSecurityException {
        KeyPair keys = issuer.newKeyPair();
        return new KeyEntry(keys.getPrivate(), new X509Certificate[] {
            issuer.issue(subjectDn, keys, ca.certificate(), ca.key(), CertificateIssuer.Role.OFFICER), ca.certificate()});
    }

    /** Loads one of the PKCS#12 files this class writes (password {@link #PASSWORD}, alias {@link #ALIAS}). */
    public static KeyEntry read(Path p12) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(p12)) {
            ks.load(in, PASSWORD.toCharArray());
        }
        if (!ks.isKeyEntry(ALIAS)) {
            throw new GeneralSecurityException(p12 + " holds no key entry '" + ALIAS + "'");
        }
        Certificate[] chain = ks.getCertificateChain(ALIAS);
        X509Certificate[] x509 = new X509Certificate[chain.length];
        for (int i = 0; i < chain.length; i++) {
            x509[i] = (X509Certificate) chain[i];
        }
        return new KeyEntry((PrivateKey) ks.getKey(ALIAS, PASSWORD.toCharArray()), x509);
    }

    private static void write(Path dir, String base, KeyEntry entry) throws IOException, GeneralSecurityException {
        writeP12(dir.resolve(base + ".p12"), entry);
        writeAtomically(dir.resolve(base + ".pem"), pem(entry.certificate()).getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeP12(Path file, KeyEntry entry) throws IOException, GeneralSecurityException {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry(ALIAS, entry.key(), PASSWORD.toCharArray(), entry.chain());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            ks.store(out, PASSWORD.toCharArray());
        }
        move(tmp, file);
    }

    private static void writeAtomically(Path file, byte[] data) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, data);
        move(tmp, file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** PEM text of a certificate. */
    public static String pem(X509Certificate cert) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    public Path dir() {
        return dir;
    }

    public KeyEntry ca() {
        return ca;
    }

    public KeyEntry central() {
        return central;
    }

    public KeyEntry tsa() {
        return tsa;
    }

    /** The central certificate in PEM, for clients to pin. */
    public Path centralPem() {
        return dir.resolve("central.pem");
    }

    public Path caPem() {
        return dir.resolve("ca.pem");
    }

    public Path tsaPem() {
        return dir.resolve("tsa.pem");
    }

    /** The default workstation client certificate ({@code CN=WS-DEMO}). */
    public Path workstationP12() {
        return dir.resolve("workstation.p12");
    }
}
