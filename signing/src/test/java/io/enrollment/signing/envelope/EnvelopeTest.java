package io.enrollment.signing.envelope;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.CertificateValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnvelopeTest {
    private static DemoPki.Issued central;
    private static DemoPki.Issued supervisor;
    private static DemoPki.Issued outsider;
    private static final byte[] SECRET = "biometric package".getBytes(StandardCharsets.UTF_8);

    private final EnvelopeSealer sealer = new EnvelopeSealer();
    private final EnvelopeOpener opener = new EnvelopeOpener();

    @BeforeAll
    static void keys() throws Exception {
        central = TestPki.ca().issueRecipient("Central Biometric System", KeyType.RSA_2048);
        supervisor = TestPki.ca().issueRecipient("Supervisor", KeyType.EC_P256);
        outsider = TestPki.ca().issueRecipient("Outsider", KeyType.EC_P256);
    }

    @Test
    void rSign3_sealedToSeveralRecipientsEachCanOpen() throws Exception {
        byte[] env = sealer.seal(SECRET, List.of(central.certificate(), supervisor.certificate()));
        CMSAuthEnvelopedData parsed = new CMSAuthEnvelopedData(env);
        assertEquals(CMSAlgorithm.AES256_GCM.getId(), parsed.getEncryptionAlgOID());
        assertEquals(2, parsed.getRecipientInfos().size());
        assertEquals(-1, indexOf(env, SECRET), "plaintext must not appear in the envelope");
        assertArrayEquals(SECRET, opener.open(env, central.certificate(), central.privateKey(), BouncyCastle.PROVIDER));
        assertArrayEquals(SECRET, opener.open(env, supervisor.certificate(), supervisor.privateKey(), BouncyCastle.PROVIDER));
    }

    @Test
    void notAddressedToThisCertificate() throws Exception {
        byte[] env = sealer.seal(SECRET, List.of(central.certificate()));
        SigningException e = assertThrows(SigningException.class,
                () -> opener.open(env, outsider.certificate(), outsider.privateKey(), BouncyCastle.PROVIDER));
        assertEquals(SigningError.ENVELOPE_FAILED, e.error());
        assertTrue(e.getMessage().contains("not addressed"), e.getMessage());
    }

    @Test
    void wrongPrivateKey() throws Exception {
        byte[] env = sealer.seal(SECRET, List.of(supervisor.certificate()));
        SigningException e = assertThrows(SigningException.class,
                () -> opener.open(env, supervisor.certificate(), outsider.privateKey(), BouncyCastle.PROVIDER));
        assertEquals(SigningError.ENVELOPE_FAILED, e.error());
    }

    @Test
    void anyChangedByteFailsAuthentication() throws Exception {
        byte[] env = sealer.seal(SECRET, List.of(central.certificate()));
        for (int i : new int[] {env.length - 30, env.length - 5}) {
            byte[] bad = env.clone();
            bad[i] ^= 0x01;
            SigningException e = assertThrows(SigningException.class,
                    () -> opener.open(bad, central.certificate(), central.privateKey(), BouncyCastle.PROVIDER));
            assertEquals(SigningError.ENVELOPE_FAILED, e.error());
        }
        SigningException e = assertThrows(SigningException.class, () -> opener.open(
                java.util.Arrays.copyOf(env, env.length / 2), central.certificate(), central.privateKey(), BouncyCastle.PROVIDER));
        assertEquals(SigningError.ENVELOPE_FAILED, e.error());
    }

    @Test
    void gostRecipientsAreRefusedClearly() throws Exception {
        DemoPki.Issued gost = TestPki.ca().issueRecipient("GOST recipient", KeyType.GOST_2012_256);
        SigningException e = assertThrows(SigningException.class, () -> sealer.seal(SECRET, List.of(gost.certificate())));
        assertEquals(SigningError.UNSUPPORTED_ALGORITHM, e.error());
    }

    @Test
    void rQc2_packageIsSignedThenSealedAndComesBackVerifiable() throws Exception {
        PackageSealer packages = new PackageSealer(new CadesSigner(TestPki.PLACE, TestPki.CLOCK, Optional.empty()), sealer,
                List.of(central.certificate()));
        PackageSealer.Sealed sealed = packages.seal(TestPki.session(KeyType.GOST_2012_256), SECRET);
        byte[] signed = opener.open(sealed.envelope(), central.certificate(), central.privateKey(), BouncyCastle.PROVIDER);
        VerificationResult r = new CadesVerifier(new CertificateValidator(List.of(TestPki.ca().caCertificate()))).verify(signed);
        assertTrue(r.isValid(), r.detail());
        assertFalse(sealed.signature().timestamp().time().isPresent());
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
