package io.enrollment.signing.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Officer;
import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.WrongPinException;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareTokenTest {
    private static final String PIN = "4321";

    @TempDir
    Path dir;

    private final RecordingListener events = new RecordingListener();
    private final CertificateValidator trustTestCa = new CertificateValidator(List.of(TestPki.ca().caCertificate()));

    private Path p12(DemoPki.Issued issued) throws Exception {
        Path file = dir.resolve("officer.p12");
        DemoPki.writePkcs12(issued, file, PIN.toCharArray());
        return file;
    }

    private SoftwareToken token(Path file, Clock clock, RolePolicy roles) {
        return new SoftwareToken(file, trustTestCa, roles, LoginGuard.standard(events, clock));
    }

    @Test
    void loginGivesADemoSessionThatSigns() throws Exception {
        DemoPki.Issued officer = TestPki.officer(KeyType.GOST_2012_256);
        try (OfficerSession s = token(p12(officer), Clock.systemUTC(), RolePolicy.operatorsOnly()).login(new FixedPin(PIN))) {
            assertTrue(s.isSoftware(), "a PKCS#12 key is DEMO only");
            assertTrue(s.tokenDescription().contains("DEMO"));
            assertEquals(Officer.Role.OPERATOR, s.officer().role());
            assertEquals("Test Bank", s.officer().organisation());
            assertEquals(officer.certificate().getSerialNumber().toString(16), s.officer().serialHex());
            new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty()).sign(s, new byte[] {1}, Packaging.DETACHED);
        }
        assertTrue(events.events().isEmpty());
    }

    @Test
    void supervisorRoleComesFromTheConfiguredSerials() throws Exception {
        DemoPki.Issued officer = TestPki.officer(KeyType.EC_P256);
        String serial = officer.certificate().getSerialNumber().toString(16);
        try (OfficerSession s = token(p12(officer), Clock.systemUTC(), RolePolicy.supervisors(List.of("0x" + serial)))
                .login(new FixedPin(PIN))) {
            assertEquals(Officer.Role.SUPERVISOR, s.officer().role());
        }
        Officer byId = RolePolicy.supervisors(List.of(TestPki.officer(KeyType.EC_P256).certificate()
                .getIssuerX500Principal().getName() + "#" + serial)).officer(officer.certificate());
        assertEquals(Officer.Role.SUPERVISOR, byId.role());
        Officer other = RolePolicy.supervisors(List.of("ffff")).officer(officer.certificate());
        assertEquals(Officer.Role.OPERATOR, other.role());
        assertThrows(IllegalArgumentException.class, () -> RolePolicy.supervisors(List.of("not-hex")));
    }

    @Test
    void wrongPinsAreCountedAlertedAndLockTheTokenHere() throws Exception {
        SoftwareToken token = token(p12(TestPki.officer(KeyType.EC_P256)), Clock.systemUTC(), RolePolicy.operatorsOnly());
        for (int i = 1; i <= 4; i++) {
            WrongPinException e = assertThrows(WrongPinException.class, () -> token.login(new FixedPin("0000")));
            assertEquals(i, e.failuresInARow());
            assertEquals(SigningError.WRONG_PIN, e.error());
            assertFalse(e.getMessage().contains("0000"), "the PIN is never in a message");
        }
        assertEquals(1, events.count(SecurityEvent.Type.REPEATED_LOGIN_FAILURES), events.types().toString());
        SigningException fifth = assertThrows(SigningException.class, () -> token.login(new FixedPin("0000")));
        assertEquals(SigningError.PIN_LOCKED, fifth.error());
        SigningException locked = assertThrows(SigningException.class, () -> token.login(new FixedPin(PIN)));
        assertEquals(SigningError.PIN_LOCKED, locked.error(), "locked even for the right PIN");
        assertEquals(5, events.count(SecurityEvent.Type.LOGIN_FAILED));
        assertEquals(1, events.count(SecurityEvent.Type.PIN_LOCKED));
    }

    @Test
    void aGoodPinResetsTheCount() throws Exception {
        LoginGuard guard = LoginGuard.standard(events, Clock.systemUTC());
        SoftwareToken token = new SoftwareToken(p12(TestPki.officer(KeyType.EC_P256)), trustTestCa, RolePolicy.operatorsOnly(), guard);
        assertThrows(WrongPinException.class, () -> token.login(new FixedPin("1")));
        assertThrows(WrongPinException.class, () -> token.login(new FixedPin("2")));
        token.login(new FixedPin(PIN)).close();
        WrongPinException e = assertThrows(WrongPinException.class, () -> token.login(new FixedPin("3")));
        assertEquals(1, e.failuresInARow());
        assertEquals(0, events.count(SecurityEvent.Type.REPEATED_LOGIN_FAILURES));
    }

    @Test
    void expiredAndNotYetValidCertificatesAreRefused() throws Exception {
        Path file = p12(TestPki.officer(KeyType.EC_P256));
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(400)), ZoneOffset.UTC);
        SigningException expired = assertThrows(SigningException.class,
                () -> token(file, later, RolePolicy.operatorsOnly()).login(new FixedPin(PIN)));
        assertEquals(SigningError.CERTIFICATE_EXPIRED, expired.error());
        Clock earlier = Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
        SigningException early = assertThrows(SigningException.class,
                () -> token(file, earlier, RolePolicy.operatorsOnly()).login(new FixedPin(PIN)));
        assertEquals(SigningError.CERTIFICATE_NOT_YET_VALID, early.error());
        assertEquals(2, events.count(SecurityEvent.Type.CERTIFICATE_REJECTED));
    }

    @Test
    void wrongKeyUsageAndUntrustedChainAreRefused() throws Exception {
        Instant now = Instant.now();
        DemoPki.Issued encryptOnly = TestPki.ca().issue("C=RU,O=Test Bank,CN=Encrypt Only", KeyType.EC_P256,
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), KeyUsage.keyEncipherment);
        SigningException ku = assertThrows(SigningException.class,
                () -> token(p12(encryptOnly), Clock.systemUTC(), RolePolicy.operatorsOnly()).login(new FixedPin(PIN)));
        assertEquals(SigningError.WRONG_KEY_USAGE, ku.error());
        DemoPki.Issued rogue = TestPki.otherCa().issueOfficer("Rogue", "Nowhere", KeyType.EC_P256);
        SigningException chain = assertThrows(SigningException.class,
                () -> token(p12(rogue), Clock.systemUTC(), RolePolicy.operatorsOnly()).login(new FixedPin(PIN)));
        assertEquals(SigningError.UNTRUSTED_CHAIN, chain.error());
        assertTrue(chain.getMessage().contains("Rogue CA"), chain.getMessage());
    }

    @Test
    void aKeyOfAnUnknownAlgorithmIsRefused() throws Exception {
        java.security.KeyPairGenerator kpg = java.security.KeyPairGenerator.getInstance("DSA");
        kpg.initialize(2048);
        java.security.KeyPair dsa = kpg.generateKeyPair();
        Instant now = Instant.now();
        java.security.cert.X509Certificate cert = TestPki.ca().certify(dsa.getPublic(), "C=RU,O=Test Bank,CN=DSA Officer",
                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), DemoPki.SIGNING_USAGE);
        DemoPki.Issued issued = new DemoPki.Issued(dsa.getPrivate(), dsa.getPublic(), cert,
                List.of(cert, TestPki.ca().caCertificate()));
        SigningException e = assertThrows(SigningException.class,
                () -> token(p12(issued), Clock.systemUTC(), RolePolicy.operatorsOnly()).login(new FixedPin(PIN)));
        assertEquals(SigningError.UNSUPPORTED_ALGORITHM, e.error());
        assertTrue(io.enrollment.signing.SignatureAlgorithm.forKey(dsa.getPublic()).isEmpty());
    }

    @Test
    void missingFileAndCancelledPin() throws Exception {
        SigningException none = assertThrows(SigningException.class, () -> token(dir.resolve("none.p12"),
                Clock.systemUTC(), RolePolicy.operatorsOnly()).login(new FixedPin(PIN)));
        assertEquals(SigningError.NO_TOKEN, none.error());
        SigningException cancelled = assertThrows(SigningException.class, () -> token(p12(TestPki.officer(KeyType.EC_P256)),
                Clock.systemUTC(), RolePolicy.operatorsOnly()).login(new FixedPin(null)));
        assertEquals(SigningError.LOGIN_CANCELLED, cancelled.error());
    }

    @Test
    void aClosedSessionRefusesToSign() throws Exception {
        OfficerSession s = token(p12(TestPki.officer(KeyType.EC_P256)), Clock.systemUTC(), RolePolicy.operatorsOnly())
                .login(new FixedPin(PIN));
        s.close();
        SigningException e = assertThrows(SigningException.class, () -> new CadesSigner(TestPki.PLACE, Clock.systemUTC(),
                Optional.empty()).sign(s, new byte[] {1}, Packaging.ENCAPSULATED));
        assertEquals(SigningError.SESSION_CLOSED, e.error());
    }
}
