package io.enrollment.signing.demo;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.Certificates;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.spec.ECNamedCurveGenParameterSpec;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI for the demo and the tests: a CA made in memory that issues officer, TSA and
 * recipient (central system, supervisor) certificates, and writes PKCS#12 "software tokens".
 * Nothing here is for production: keys are software keys and the CA key is never protected.
 */
public final class DemoPki {
    /** digitalSignature | nonRepudiation. */
    public static final int SIGNING_USAGE = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;

    private final KeyPair caKeys;
    private final X509Certificate caCert;
    private final String caSignatureAlgorithm;
    private final Clock clock;
    private final AtomicLong serial = new AtomicLong(0x1000);

    private DemoPki(KeyPair caKeys, X509Certificate caCert, String caSignatureAlgorithm, Clock clock) {
        this.caKeys = caKeys;
        this.caCert = caCert;
        this.caSignatureAlgorithm = caSignatureAlgorithm;
        this.clock = clock;
    }

    /** A key + certificate issued by this PKI. */
    public record Issued(PrivateKey privateKey, PublicKey publicKey, X509Certificate certificate, List<X509Certificate> chain) {
    }

    /**
     * A new CA with an EC P-256 key (or a GOST 2012-256 key for a GOST PKI), valid ten years.
     *
     * @param name CA common name
     */
    public static DemoPki create(String name, KeyType caKeyType, Clock clock) throws GeneralSecurityException {
        KeyPair keys = generate(caKeyType);
        String alg = signatureAlgorithmFor(caKeyType);
        Instant now = clock.instant();
        X500Name subject = new X500Name("C=RU,O=Enrollment Demo PKI,CN=" + name);
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, BigInteger.ONE,
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), subject,
                    keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate cert = Certificates.of(b.build(
                    new JcaContentSignerBuilder(alg).setProvider(BouncyCastle.PROVIDER).build(keys.getPrivate())));
            return new DemoPki(keys, cert, alg, clock);
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot make the demo CA: " + e.getMessage(), e);
        }
    }

    /** The CA certificate (the trust anchor). */
    public X509Certificate caCertificate() {
        return caCert;
    }

    /** An officer: signing key usage, valid from a day ago for a year. */
    public Issued issueOfficer(String commonName, String organisation, KeyType type) throws GeneralSecurityException {
        Instant now = clock.instant();
        return issue("C=RU,O=" + organisation + ",CN=" + commonName, generate(type), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(365)), SIGNING_USAGE, null);
    }

    /** Any end-entity certificate with a chosen validity and key usage (KeyUsage bits; 0 = no extension). */
    public Issued issue(String subjectDn, KeyType type, Instant notBefore, Instant notAfter, int keyUsage)
            throws GeneralSecurityException {
        return issue(subjectDn, generate(type), notBefore, notAfter, keyUsage, null);
    }

    /** A certificate for an existing public key (e.g. one generated on a token). */
    public X509Certificate certify(PublicKey key, String subjectDn, Instant notBefore, Instant notAfter, int keyUsage)
            throws GeneralSecurityException {
        return issue(subjectDn, new KeyPair(key, null), notBefore, notAfter, keyUsage, null).certificate();
    }

    /** A time-stamp authority: EC key, digitalSignature, critical EKU id-kp-timeStamping. */
    public Issued issueTsa(String commonName) throws GeneralSecurityException {
        Instant now = clock.instant();
        return issue("C=RU,O=Enrollment Demo PKI,CN=" + commonName, generate(KeyType.EC_P256),
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), KeyUsage.digitalSignature,
                KeyPurposeId.id_kp_timeStamping);
    }

    /** An envelope recipient (central system, supervisor): keyEncipherment for RSA, keyAgreement for EC. */
    public Issued issueRecipient(String commonName, KeyType type) throws GeneralSecurityException {
        Instant now = clock.instant();
        int usage = type == KeyType.EC_P256 ? KeyUsage.keyAgreement | KeyUsage.digitalSignature
                : KeyUsage.keyEncipherment | KeyUsage.digitalSignature;
        return issue("C=RU,O=Enrollment Demo PKI,CN=" + commonName, generate(type), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3650)), usage, null);
    }

    /**
     * Writes a PKCS#12 file: key encrypted with PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC) and a
     * SHA-256 MAC, {@value #PKCS12_ITERATIONS} iterations each (BouncyCastle's own default is far
     * higher and costs ~2 s per demo login on this machine). GOST keys included.
     */
    public static void writePkcs12(Issued issued, Path file, char[] password) throws GeneralSecurityException, IOException {
        try {
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(BouncyCastle.PROVIDER).setIterationCount(PKCS12_ITERATIONS).build(password);
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            SubjectKeyIdentifier keyId = ext.createSubjectKeyIdentifier(issued.publicKey());
            PKCS12PfxPduBuilder pfx = new PKCS12PfxPduBuilder();
            for (int i = 0; i < issued.chain().size(); i++) {
                PKCS12SafeBagBuilder bag = new JcaPKCS12SafeBagBuilder(issued.chain().get(i));
                if (i == 0) {
                    bag.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString("officer"));
                    bag.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, keyId);
                }
                pfx.addData(bag.build());
            }
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(issued.privateKey(), encryptor);
            keyBag.addBagAttribute(PKCS12SafeBag.friendlyNameAttribute, new DERBMPString("officer"));
            keyBag.addBagAttribute(PKCS12SafeBag.localKeyIdAttribute, keyId);
            pfx.addData(keyBag.build());
            PKCS12PfxPdu pdu = pfx.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(BouncyCastle.PROVIDER).setIterationCount(PKCS12_ITERATIONS), password);
            Files.write(file, pdu.getEncoded(ASN1Encoding.DER));
        } catch (OperatorCreationException | PKCSException e) {
            throw new GeneralSecurityException("cannot write PKCS#12: " + e.getMessage(), e);
        }
    }

    /** PBKDF iterations of the demo PKCS#12 files. */
    public static final int PKCS12_ITERATIONS = 4096;

    /** PEM text of certificates. */
    public static String pem(List<X509Certificate> certs) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            for (X509Certificate c : certs) {
                w.writeObject(c);
            }
        }
        return sw.toString();
    }

    /** PEM (PKCS#8) text of a private key, for handing to OpenSSL in tests. */
    public static String pem(PrivateKey key) throws IOException {
        StringWriter sw = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
            w.writeObject(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null));
        }
        return sw.toString();
    }

    /** Writes certificates as PEM. */
    public static void writePem(List<X509Certificate> certs, Path file) throws IOException {
        Files.writeString(file, pem(certs), StandardCharsets.US_ASCII);
    }

    /** A fresh key pair of a type. */
    public static KeyPair generate(KeyType type) throws GeneralSecurityException {
        KeyPairGenerator kpg;
        switch (type) {
            case EC_P256:
                kpg = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
                kpg.initialize(new ECGenParameterSpec("secp256r1"));
                break;
            case RSA_2048:
            case RSA_3072:
                kpg = KeyPairGenerator.getInstance("RSA", BouncyCastle.PROVIDER);
                kpg.initialize(type == KeyType.RSA_2048 ? 2048 : 3072);
                break;
            case GOST_2012_256:
                kpg = KeyPairGenerator.getInstance("ECGOST3410-2012", BouncyCastle.PROVIDER);
                kpg.initialize(new ECNamedCurveGenParameterSpec("Tc26-Gost-3410-12-256-paramSetA"));
                break;
            case GOST_2012_512:
                kpg = KeyPairGenerator.getInstance("ECGOST3410-2012", BouncyCastle.PROVIDER);
                kpg.initialize(new ECNamedCurveGenParameterSpec("Tc26-Gost-3410-12-512-paramSetA"));
                break;
            default:
                throw new IllegalArgumentException("unknown key type " + type);
        }
        return kpg.generateKeyPair();
    }

    private static String signatureAlgorithmFor(KeyType caKeyType) {
        switch (caKeyType) {
            case EC_P256:
                return "SHA256withECDSA";
            case GOST_2012_256:
                return "GOST3411-2012-256WITHECGOST3410-2012-256";
            case GOST_2012_512:
                return "GOST3411-2012-512WITHECGOST3410-2012-512";
            default:
                return "SHA256withRSA";
        }
    }

    private Issued issue(String subjectDn, KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage,
                         KeyPurposeId eku) throws GeneralSecurityException {
        try {
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(caCert,
                    BigInteger.valueOf(serial.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    new X500Name(subjectDn), keys.getPublic());
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            if (keyUsage != 0) {
                b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (eku != null) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(eku));
            }
            b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(caCert));
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate cert = Certificates.of(b.build(new JcaContentSignerBuilder(caSignatureAlgorithm)
                    .setProvider(BouncyCastle.PROVIDER).build(caKeys.getPrivate())));
            return new Issued(keys.getPrivate(), keys.getPublic(), cert, List.of(cert, caCert));
        } catch (OperatorCreationException | IOException e) {
            throw new GeneralSecurityException("cannot issue " + subjectDn + ": " + e.getMessage(), e);
        }
    }
}
