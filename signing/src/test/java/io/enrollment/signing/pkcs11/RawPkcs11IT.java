package io.enrollment.signing.pkcs11;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.SoftHsmFixture;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.WrongPinException;
import io.enrollment.signing.cades.CadesSignature;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.RawPkcs11OfficerSession;
import io.enrollment.signing.token.RawPkcs11Token;
import io.enrollment.signing.token.RolePolicy;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The raw PKCS#11 ContentSigner path (designed for vendor GOST mechanisms) exercised with ECDSA and
 * RSA on SoftHSM2, which has no GOST.
 */
class RawPkcs11IT {
    private static SoftHsmFixture hsm;
    private static final byte[] CONTENT = "package through a raw PKCS#11 mechanism".getBytes();

    private final RecordingListener events = new RecordingListener();

    @BeforeAll
    static void tokens() {
        hsm = SoftHsmFixture.get();
    }

    private RawPkcs11Token token(String label) {
        return new RawPkcs11Token(hsm.config(label), new CertificateValidator(List.of(hsm.ca())), RolePolicy.operatorsOnly(),
                LoginGuard.standard(events, Clock.systemUTC()));
    }

    @Test
    void ecdsaThroughCkmEcdsaWithTheDigestMadeInJava() throws Exception {
        try (OfficerSession s = token(SoftHsmFixture.RAW).login(new FixedPin(SoftHsmFixture.PIN))) {
            assertEquals(RawSignatureMechanism.ECDSA_SHA256_PREHASHED, ((RawPkcs11OfficerSession) s).mechanism());
            assertEquals("CN=officer-raw,O=Test Bank,C=RU", s.officer().subjectDn());
            CadesSignature sig = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty())
                    .sign(s, CONTENT, Packaging.ENCAPSULATED);
            VerificationResult r = new CadesVerifier(new CertificateValidator(List.of(hsm.ca()))).verify(sig.encoded());
            assertTrue(r.isValid(), r.detail());
            assertEquals("ECDSA with SHA-256", r.algorithm().orElseThrow());
        }
    }

    @Test
    void rsaThroughCkmSha256RsaPkcsHashedOnTheToken() throws Exception {
        try (OfficerSession s = token(SoftHsmFixture.RSA).login(new FixedPin(SoftHsmFixture.PIN))) {
            CadesSignature sig = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty())
                    .sign(s, CONTENT, Packaging.DETACHED);
            VerificationResult r = new CadesVerifier(new CertificateValidator(List.of(hsm.ca())))
                    .verify(sig.encoded(), Optional.of(CONTENT));
            assertTrue(r.isValid(), r.detail());
            assertEquals("RSA PKCS#1 v1.5 with SHA-256", r.algorithm().orElseThrow());
        }
    }

    @Test
    void wrongPinAndTheWrongAlgorithm() throws Exception {
        WrongPinException e = assertThrows(WrongPinException.class,
                () -> token(SoftHsmFixture.RAW).login(new FixedPin("999999")));
        assertTrue(e.countLow());
        try (OfficerSession s = token(SoftHsmFixture.RAW).login(new FixedPin(SoftHsmFixture.PIN))) {
            SigningException gost = assertThrows(SigningException.class,
                    () -> s.contentSigner(SignatureAlgorithm.GOST3410_2012_256));
            assertEquals(SigningError.UNSUPPORTED_ALGORITHM, gost.error());
            SigningException decrypt = assertThrows(SigningException.class, s::privateKey);
            assertEquals(SigningError.UNSUPPORTED_ALGORITHM, decrypt.error());
        }
    }

    @Test
    void softHsmOffersNoGostMechanismSoTheGostPathIsNotTestedHere() throws Exception {
        List<Long> mechanisms = hsm.raw().mechanisms(hsm.slot(SoftHsmFixture.RAW));
        assertTrue(mechanisms.contains(Pkcs11Constants.CKM_ECDSA));
        assertFalse(mechanisms.contains(Pkcs11Constants.CKM_GOSTR3410_WITH_GOSTR3411_12_256));
        assertFalse(mechanisms.contains(Pkcs11Constants.CKM_GOSTR3410));
    }

    @Test
    void sessionLostDuringASignatureEndsTheSession() throws Exception {
        OfficerSession s = token(SoftHsmFixture.RAW).login(new FixedPin(SoftHsmFixture.PIN));
        hsm.raw().closeAllSessions(hsm.slot(SoftHsmFixture.RAW));
        SigningException e = assertThrows(SigningException.class, () -> new CadesSigner(TestPki.PLACE, Clock.systemUTC(),
                Optional.empty()).sign(s, CONTENT, Packaging.ENCAPSULATED));
        assertEquals(SigningError.TOKEN_REMOVED, e.error(), e.getMessage());
        assertFalse(s.isOpen());
        assertEquals(1, events.count(SecurityEvent.Type.TOKEN_REMOVED));
    }

    @Test
    void rawToDerConvertsR_S() {
        byte[] raw = new byte[64];
        raw[31] = 5;
        raw[63] = 7;
        byte[] der = RawPkcs11ContentSigner.rawToDer(raw);
        assertEquals(0x30, der[0] & 0xff);
        assertEquals(8, der.length, "SEQUENCE { INTEGER 5, INTEGER 7 }");
    }
}
