package io.enrollment.signing.token;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Officer;
import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.SecurityEvent;
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
import io.enrollment.signing.envelope.EnvelopeOpener;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.pkcs11.RawPkcs11Exception;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cms.CMSTypedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SunPKCS11 over real SoftHSM2 tokens made by scripts/token/ (keys generated on the token). */
class Pkcs11TokenIT {
    private static SoftHsmFixture hsm;
    private static final byte[] CONTENT = new byte[64 * 1024];

    private final RecordingListener events = new RecordingListener();
    private final CadesSigner signer = new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty());

    @BeforeAll
    static void tokens() {
        hsm = SoftHsmFixture.get();
    }

    private CertificateValidator trust() {
        return new CertificateValidator(List.of(hsm.ca()));
    }

    private Pkcs11Token token(String label, Clock clock, RolePolicy roles) {
        return new Pkcs11Token(hsm.config(label), trust(), roles, LoginGuard.standard(events, clock));
    }

    private Pkcs11Token token(String label) {
        return token(label, Clock.systemUTC(), RolePolicy.operatorsOnly());
    }

    @Test
    void rSign2_officerSignsWithTheKeyOnTheToken() throws Exception {
        String serial = hsm.certificate(SoftHsmFixture.EC).getSerialNumber().toString(16);
        try (OfficerSession s = token(SoftHsmFixture.EC, Clock.systemUTC(), RolePolicy.supervisors(List.of(serial)))
                .login(new FixedPin(SoftHsmFixture.PIN))) {
            assertFalse(s.isSoftware());
            assertEquals("CN=officer-ec,O=Test Bank,C=RU", s.officer().subjectDn());
            assertEquals("Test Bank", s.officer().organisation());
            assertEquals(Officer.Role.SUPERVISOR, s.officer().role());
            assertTrue(s.tokenDescription().startsWith("officer-ec (serial "), s.tokenDescription());
            assertTrue(s.privateKey().getEncoded() == null, "a token key never reveals its material");
            CadesSignature sig = signer.sign(s, CONTENT, Packaging.ENCAPSULATED);
            VerificationResult r = new CadesVerifier(trust()).verify(sig.encoded());
            assertTrue(r.isValid(), r.detail());
            assertEquals("ECDSA with SHA-256", r.algorithm().orElseThrow());
            assertEquals(VerificationResult.ChainStatus.TRUSTED, r.chain());
        }
        assertTrue(events.events().isEmpty(), events.types().toString());
    }

    @Test
    void rsaTokenSignsRsaPss() throws Exception {
        try (OfficerSession s = token(SoftHsmFixture.RSA).login(new FixedPin(SoftHsmFixture.PIN))) {
            CadesSignature sig = signer.sign(s, CONTENT, Packaging.DETACHED);
            VerificationResult r = new CadesVerifier(trust()).verify(sig.encoded(), Optional.of(CONTENT));
            assertTrue(r.isValid(), r.detail());
            assertEquals("RSASSA-PSS with SHA-256", r.algorithm().orElseThrow());
        }
    }

    @Test
    void wrongPinWarnsCountsAlertsAndLocks() throws Exception {
        LoginGuard guard = LoginGuard.standard(events, Clock.systemUTC());
        Pkcs11Token token = new Pkcs11Token(hsm.config(SoftHsmFixture.PIN_TESTS), trust(), RolePolicy.operatorsOnly(), guard);
        WrongPinException first = assertThrows(WrongPinException.class, () -> token.login(new FixedPin("000000")));
        assertEquals(1, first.failuresInARow());
        assertTrue(first.countLow(), "SoftHSM2 raises CKF_USER_PIN_COUNT_LOW after a wrong PIN");
        assertTrue(first.remainingTries().isEmpty(), "SoftHSM2 does not report a final try");
        assertTrue(first.getMessage().contains("few tries remain"), first.getMessage());
        FixedPin second = new FixedPin("000001");
        assertThrows(WrongPinException.class, () -> token.login(second));
        assertFalse(second.warnings.isEmpty(), "the PIN dialog is told the token warned");
        assertThrows(WrongPinException.class, () -> token.login(new FixedPin("000002")));
        assertEquals(1, events.count(SecurityEvent.Type.REPEATED_LOGIN_FAILURES));
        assertThrows(WrongPinException.class, () -> token.login(new FixedPin("000003")));
        SigningException locked = assertThrows(SigningException.class, () -> token.login(new FixedPin("000004")));
        assertEquals(SigningError.PIN_LOCKED, locked.error());
        SigningException stillLocked = assertThrows(SigningException.class,
                () -> token.login(new FixedPin(SoftHsmFixture.PIN)));
        assertEquals(SigningError.PIN_LOCKED, stillLocked.error());
        assertEquals(5, events.count(SecurityEvent.Type.LOGIN_FAILED));
        assertEquals(1, events.count(SecurityEvent.Type.PIN_LOCKED));
        for (SecurityEvent e : events.events()) {
            assertFalse(e.detail().contains("00000"), "no PIN in events");
        }
        // a supervisor lifts the workstation's lock; the right PIN works again
        guard.unlock(hsm.raw().tokenInfo(hsm.slot(SoftHsmFixture.PIN_TESTS)).describe());
        token.login(new FixedPin(SoftHsmFixture.PIN)).close();
    }

    @Test
    void noToken() throws Exception {
        CertificateValidator v = trust();
        LoginGuard g = LoginGuard.standard(events, Clock.systemUTC());
        SigningException noSlot = assertThrows(SigningException.class, () -> new Pkcs11Token(
                new TokenConfig(hsm.library(), 99, "none"), v, RolePolicy.operatorsOnly(), g).login(new FixedPin("1")));
        assertEquals(SigningError.NO_TOKEN, noSlot.error());
        assertTrue(noSlot.getMessage().contains("no PKCS#11 slot at index 99"), noSlot.getMessage());
        SigningException noLibrary = assertThrows(SigningException.class, () -> new Pkcs11Token(
                TokenConfig.of(Path.of("/usr/lib/nonexistent/librtpkcs11ecp.so"), 0), v, RolePolicy.operatorsOnly(), g)
                .login(new FixedPin("1")));
        assertEquals(SigningError.NO_TOKEN, noLibrary.error());
        SigningException blank = assertThrows(SigningException.class, () -> new Pkcs11Token(
                new TokenConfig(hsm.library(), hsm.blankSlotIndex(), "blank"), v, RolePolicy.operatorsOnly(), g)
                .login(new FixedPin("1")));
        assertEquals(SigningError.NO_TOKEN, blank.error());
        assertTrue(blank.getMessage().contains("blank"), blank.getMessage());
    }

    @Test
    void certificatesAreCheckedAtLogin() {
        SigningException ku = assertThrows(SigningException.class,
                () -> token(SoftHsmFixture.WRONG_USAGE).login(new FixedPin(SoftHsmFixture.PIN)));
        assertEquals(SigningError.WRONG_KEY_USAGE, ku.error());
        SigningException rogue = assertThrows(SigningException.class,
                () -> token(SoftHsmFixture.ROGUE).login(new FixedPin(SoftHsmFixture.PIN)));
        assertEquals(SigningError.UNTRUSTED_CHAIN, rogue.error());
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(800)), ZoneOffset.UTC);
        SigningException expired = assertThrows(SigningException.class,
                () -> token(SoftHsmFixture.EC, later, RolePolicy.operatorsOnly()).login(new FixedPin(SoftHsmFixture.PIN)));
        assertEquals(SigningError.CERTIFICATE_EXPIRED, expired.error());
        Clock earlier = Clock.fixed(Instant.now().minus(Duration.ofDays(2)), ZoneOffset.UTC);
        SigningException early = assertThrows(SigningException.class,
                () -> token(SoftHsmFixture.EC, earlier, RolePolicy.operatorsOnly()).login(new FixedPin(SoftHsmFixture.PIN)));
        assertEquals(SigningError.CERTIFICATE_NOT_YET_VALID, early.error());
        assertEquals(4, events.count(SecurityEvent.Type.CERTIFICATE_REJECTED), events.types().toString());
    }

    @Test
    void tokenPulledMidSignatureEndsTheSessionAndNothingIsSigned() throws Exception {
        OfficerSession s = token(SoftHsmFixture.EC).login(new FixedPin(SoftHsmFixture.PIN));
        long slot = hsm.slot(SoftHsmFixture.EC);
        // While the content is being digested, every session of this process on the token is
        // closed underneath SunPKCS11: what a pulled card looks like to the library.
        CMSTypedData pulledHalfway = new CMSTypedData() {
            @Override
            public ASN1ObjectIdentifier getContentType() {
                return CMSObjectIdentifiers.data;
            }

            @Override
            public void write(OutputStream out) throws IOException {
                out.write(CONTENT, 0, CONTENT.length / 2);
                try {
                    hsm.raw().closeAllSessions(slot);
                } catch (RawPkcs11Exception e) {
                    throw new IOException(e);
                }
                out.write(CONTENT, CONTENT.length / 2, CONTENT.length - CONTENT.length / 2);
            }

            @Override
            public Object getContent() {
                return CONTENT;
            }
        };
        PackageSealer sealer = new PackageSealer(signer, new EnvelopeSealer(), List.of(TestPki.ca().caCertificate()));
        SigningException removed = assertThrows(SigningException.class,
                () -> signer.sign(s, pulledHalfway, Packaging.ENCAPSULATED, s.defaultAlgorithm()));
        assertEquals(SigningError.TOKEN_REMOVED, removed.error(), removed.getMessage());
        assertTrue(removed.getMessage().contains("nothing was signed"), removed.getMessage());
        assertFalse(s.isOpen());
        assertEquals(1, events.count(SecurityEvent.Type.TOKEN_REMOVED));
        SigningException after = assertThrows(SigningException.class, () -> sealer.seal(s, CONTENT));
        assertEquals(SigningError.SESSION_CLOSED, after.error());
        // the officer "re-inserts" the card and logs in again
        try (OfficerSession again = token(SoftHsmFixture.EC).login(new FixedPin(SoftHsmFixture.PIN))) {
            assertTrue(sealer.seal(again, CONTENT).envelope().length > CONTENT.length);
        }
    }

    @Test
    void envelopeOpensWithTheEcKeyOnTheToken() throws Exception {
        byte[] secret = "rejected capture for review".getBytes(StandardCharsets.UTF_8);
        byte[] env = new EnvelopeSealer().seal(secret, List.of(hsm.certificate(SoftHsmFixture.EC)));
        try (OfficerSession s = token(SoftHsmFixture.EC).login(new FixedPin(SoftHsmFixture.PIN))) {
            assertArrayEquals(secret, new EnvelopeOpener().open(env, s));
        }
    }
}
