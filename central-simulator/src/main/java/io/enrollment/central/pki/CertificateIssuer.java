package io.enrollment.central.pki;

import io.enrollment.signing.BouncyCastle;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes EC P-256 keys and X.509 v3 certificates for the simulator's small PKI (a CA, the central
 * server, the TSA, workstations). Every certificate is signed SHA256withECDSA.
 */
final class CertificateIssuer {
    /** What a certificate is for; decides its extensions. */
    enum Role { CA, CENTRAL, TSA, CLIENT, OFFICER }

    private static final Duration VALIDITY = Duration.ofDays(3650);
    private final SecureRandom random = new SecureRandom();

    KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(new ECGenParameterSpec("secp256r1"), random);
        return gen.generateKeyPair();
    }

    /** A self-signed CA certificate. */
    X509Certificate selfSigned(String subjectDn, KeyPair keys) throws GeneralSecurityException {
        X500Name name = dn(subjectDn);
        return build(name, keys.getPrivate(), name, keys, null, Role.CA);
    }

    /** A certificate for {@code keys} issued by the CA. */
    X509Certificate issue(String subjectDn, KeyPair keys, X509Certificate ca, PrivateKey caKey, Role role)
            throws GeneralSecurityException {
        X500Name issuer = X500Name.getInstance(ca.getSubjectX500Principal().getEncoded());
        return build(dn(subjectDn), caKey, issuer, keys, ca, role);
    }

    /** Parses an RFC 2253 name the way the JDK prints it (most specific RDN first in the string). */
    private static X500Name dn(String rfc2253) {
        return X500Name.getInstance(new javax.security.auth.x500.X500Principal(rfc2253).getEncoded());
    }

    private X509Certificate build(X500Name subject, PrivateKey signer, X500Name issuer, KeyPair keys,
                                  X509Certificate ca, Role role) throws GeneralSecurityException {
        Instant now = Instant.now();
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, random).add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, keys.getPublic());
        try {
            JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
            b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(keys.getPublic()));
            if (ca != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, ext.createAuthorityKeyIdentifier(ca));
            }
            addRoleExtensions(b, role);
            X509Certificate cert = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                    .getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA")
                            .setProvider(BouncyCastle.PROVIDER).build(signer)));
            // Re-read through the JDK factory so TLS and KeyStore see a plain JDK certificate.
            return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                    .generateCertificate(new java.io.ByteArrayInputStream(cert.getEncoded()));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build the " + role + " certificate: " + e.getMessage(), e);
        }
    }

    private static void addRoleExtensions(X509v3CertificateBuilder b, Role role) throws CertIOException {
        switch (role) {
            case CA:
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                break;
            case CENTRAL:
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                // digitalSignature: TLS and receipts; keyAgreement: ECDH envelopes addressed to the central system.
                b.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
                b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(List.of(
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.dNSName, "localhost")).toArray(new GeneralName[0])));
                break;
            case TSA:
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
                break;
            case CLIENT:
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
                break;
            case OFFICER:
                b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                b.addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
                break;
            default:
                throw new IllegalArgumentException("unknown role " + role);
        }
    }
}
