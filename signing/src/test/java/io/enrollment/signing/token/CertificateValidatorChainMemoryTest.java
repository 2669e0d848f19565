package io.enrollment.signing.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.Certificates;
import io.enrollment.signing.SigningError;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A chain PKIX accepted once is remembered; the memory must never change an answer: not outside the period in which
 * every certificate of the path is valid (here an intermediate CA that expires long before the officer), and not for
 * other certificates given with the same officer certificate.
 */
class CertificateValidatorChainMemoryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static X509Certificate root;
    private static X509Certificate intermediate;
    private static X509Certificate officer;

    @BeforeAll
    static void pki() throws Exception {
        KeyPair rootKeys = ec();
        KeyPair interKeys = ec();
        KeyPair officerKeys = ec();
        root = certificate("CN=Root", "CN=Root", rootKeys.getPublic(), rootKeys.getPrivate(), Duration.ofDays(3650), true);
        intermediate = certificate("CN=Intermediate", "CN=Root", interKeys.getPublic(), rootKeys.getPrivate(),
                Duration.ofDays(30), true);
        officer = certificate("CN=Officer", "CN=Intermediate", officerKeys.getPublic(), interKeys.getPrivate(),
                Duration.ofDays(365), false);
    }

    @Test
    void aRememberedChainIsNotAcceptedAfterItsIntermediateExpired() {
        CertificateValidator remembering = new CertificateValidator(List.of(root));
        assertTrue(remembering.problem(officer, List.of(intermediate), T0).isEmpty(), "valid at first");
        assertTrue(remembering.problem(officer, List.of(intermediate), T0.plus(Duration.ofDays(10))).isEmpty(),
                "still valid ten days later");
        Instant afterIntermediate = T0.plus(Duration.ofDays(60));
        Optional<CertificateProblem> fresh = new CertificateValidator(List.of(root)).problem(officer, List.of(intermediate),
                afterIntermediate);
        assertEquals(SigningError.UNTRUSTED_CHAIN, fresh.map(CertificateProblem::error).orElse(null),
                "premise: PKIX refuses the path once the intermediate has expired");
        assertEquals(SigningError.UNTRUSTED_CHAIN, remembering.problem(officer, List.of(intermediate), afterIntermediate)
                .map(CertificateProblem::error).orElse(null), "the remembered chain must not outlive the intermediate");
    }

    @Test
    void aRememberedChainIsNotUsedWithoutItsIntermediate() {
        CertificateValidator remembering = new CertificateValidator(List.of(root));
        assertTrue(remembering.problem(officer, List.of(intermediate), T0).isEmpty());
        assertEquals(SigningError.UNTRUSTED_CHAIN, remembering.problem(officer, List.of(), T0)
                .map(CertificateProblem::error).orElse(null), "without the intermediate there is no path");
    }

    @Test
    void anotherValidatorsAnchorsAreNotTrustedThroughTheMemory() {
        CertificateValidator trustsRoot = new CertificateValidator(List.of(root));
        assertTrue(trustsRoot.problem(officer, List.of(intermediate), T0).isEmpty());
        CertificateValidator trustsNothingOfThis = new CertificateValidator(List.of(officerlessRoot()));
        assertEquals(SigningError.UNTRUSTED_CHAIN, trustsNothingOfThis.problem(officer, List.of(intermediate), T0)
                .map(CertificateProblem::error).orElse(null));
    }

    private static X509Certificate officerlessRoot() {
        try {
            KeyPair k = ec();
            return certificate("CN=Other Root", "CN=Other Root", k.getPublic(), k.getPrivate(), Duration.ofDays(3650), true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair ec() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }

    private static X509Certificate certificate(String subject, String issuer, PublicKey key, PrivateKey signer,
                                               Duration validity, boolean ca) throws Exception {
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                BigInteger.valueOf(System.nanoTime()), Date.from(T0.minus(Duration.ofDays(1))), Date.from(T0.plus(validity)),
                new X500Name(subject), key);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return Certificates.of(b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.PROVIDER)
                .build(signer)));
    }
}
