package io.enrollment.app.e2e;

import static io.enrollment.app.e2e.DemoWorkstation.shows;
import static io.enrollment.app.e2e.DemoWorkstation.text;
import static io.enrollment.app.e2e.DemoWorkstation.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.capture.PtyScannerEmulator;
import io.enrollment.app.enroll.PackageSubmitter;
import io.enrollment.app.session.Pkcs11TokenSlot;
import io.enrollment.app.shell.Workstation;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.devices.fingerprint.emulator.SyntheticPrintSource;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.pkg.PackageWriter;
import io.enrollment.installer.OfficerPolicy;
import io.enrollment.installer.Transmission;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SoftHsmFixture;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.VerificationResult;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.envelope.EnvelopeOpener;
import io.enrollment.signing.token.CertificateValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;

/**
 * R-SIGN-2 through the GUI on a real PKCS#11 token: a workstation configured with {@code token.library} = the
 * SoftHSM2 module (SunPKCS11) and signing's test tokens, whose officer certificates are issued by the CA in
 * {@code officers.trust-anchors}. Wrong PINs are refused with the count and lock the card at this workstation
 * after five; the right PIN shows the officer's name and role from the certificate (the supervisor's from the
 * supervisors' list); the session signs an enrollment package that verifies against the token's certificate
 * (R-SIGN-1), and a whole {@code kg} enrollment through the screens (scanner emulator on a socat pty at the
 * configured port) is signed on the token at the review step, its queued envelope opening with the central
 * system's key to a signature that verifies; a token whose files are deleted while logged in (SoftHSM2's "card
 * pulled") locks the session.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Pkcs11LoginTest extends WorkstationGuiTest {
    private static SoftHsmFixture hsm;
    /** The central system the workstation seals packages to (its key opens them here). */
    private DemoPki.Issued centralSystem;

    @BeforeAll
    static void tokens() {
        hsm = SoftHsmFixture.get(); // skips, saying why, without softhsm2/opensc/openssl (fails under CI=true)
    }

    /** Each test logs in with a token of its own: the workstation opens in the test. */
    @Override
    Optional<DemoWorkstation> workstation(Path dir) {
        return Optional.empty();
    }

    /**
     * The demo's configuration turned into a real one: no demo card, the SoftHSM2 module and the slot of the
     * token {@code label}, the test CA as the only trust anchor, the RSA token's officer as the one supervisor (a
     * real workstation needs one: rejected captures are sealed to the supervisors), and a central certificate of its
     * own to seal packages to, with the workstation's own key (no central system answers).
     */
    private DemoWorkstation onToken(String label) throws Exception {
        return onToken(label, "ru", List.of(DemoWorkstation.face("neutral_front", "001_03.jpg")));
    }

    /** As {@link #onToken(String)}, for {@code profile} with the camera showing {@code frames} (none: the demo video). */
    private DemoWorkstation onToken(String label, String profile, List<Path> frames) throws Exception {
        Path dir = newFolder();
        Files.createDirectories(dir);
        Path anchors = dir.resolve("trust-anchors.pem");
        DemoPki.writePem(List.of(hsm.ca()), anchors);
        Path supervisorsPem = dir.resolve("supervisors.pem");
        DemoPki.writePem(List.of(hsm.certificate(SoftHsmFixture.RSA)), supervisorsPem);
        Path central = dir.resolve("central.pem");
        DemoPki centralPki = DemoPki.create("Test central CA", KeyType.EC_P256, Clock.systemUTC());
        centralSystem = centralPki.issueRecipient("Test central system", KeyType.EC_P256);
        DemoPki.writePem(List.of(centralSystem.certificate()), central);
        // the workstation's own key (TLS client, signs its self-check and incident reports): without it the
        // self-check fails and blocks enrollment; the central URL points where nobody answers, so nothing is sent
        Path keystore = dir.resolve("workstation.p12");
        Path password = dir.resolve("workstation.password");
        Files.writeString(password, "test-workstation");
        DemoPki.writePkcs12(centralPki.issueOfficer("Test workstation", "Test Bank", KeyType.EC_P256), keystore,
                "test-workstation".toCharArray());
        int slot = hsm.config(label).slotListIndex();
        return new DemoWorkstation(dir, profile, frames, c ->
                new WorkstationConfig(c.workstationId(), c.place(), c.zone(), c.profileId(), c.dataDir(), c.camera(),
                        c.microphone(), c.scannerPort(), c.scannerBaud(), java.net.URI.create("https://127.0.0.1:9"), c.channel(),
                        hsm.library().toString(), slot, "", false,
                        new Transmission(central, keystore, password, 0, null, null), c.cameraSetup(),
                        new OfficerPolicy(anchors, supervisorsPem, c.officers().idleLock(), c.officers().rejectedRetention())));
    }

    private Workstation workstation() {
        return ws.opened.workstation();
    }

    private long incidents(IncidentType type) {
        return workstation().records().incidents().list().stream().filter(i -> i.type() == type).count();
    }

    @Test
    @Order(1)
    void rSign2_wrongPinsAreCountedThenTheCardIsLockedEvenForTheRightPin(FxRobot robot) throws Exception {
        open(onToken(SoftHsmFixture.PIN_TESTS));
        assertTrue(workstation().slot() instanceof Pkcs11TokenSlot, workstation().slot().description());
        assertTrue(workstation().slot().description().startsWith(hsm.library() + " slot "), workstation().slot().description());
        for (int wrong = 1; wrong <= 4; wrong++) {
            ws.login(robot, "00000" + wrong);
            int n = wrong;
            waitFor(20, () -> text(robot, "#loginMessage").startsWith("Wrong PIN (" + n + " wrong in a row)"));
            assertTrue(text(robot, "#loginMessage").endsWith("After 5 wrong PINs in a row the card is locked at this workstation."),
                    text(robot, "#loginMessage"));
            assertFalse(shows(robot, "#startEnrollment"));
        }
        // the fifth wrong PIN locks the card at this workstation; from then on even the right PIN is refused
        ws.login(robot, "000005");
        waitFor(20, () -> text(robot, "#loginMessage").equals("The PIN of this card is locked. A supervisor must unlock it."));
        ws.login(robot, SoftHsmFixture.PIN); // the click shows "Checking…" at once, the answer comes off the UI thread
        waitFor(20, () -> !text(robot, "#loginMessage").startsWith("Checking the PIN"));
        assertEquals("The PIN of this card is locked. A supervisor must unlock it.", text(robot, "#loginMessage"));
        assertFalse(shows(robot, "#startEnrollment"));
        assertTrue(ws.opened.sessions().current().isEmpty());
        assertEquals(1, incidents(IncidentType.PIN_LOCKED), workstation().records().incidents().list().toString());
        assertTrue(incidents(IncidentType.REPEATED_WRONG_PIN) >= 1, workstation().records().incidents().list().toString());
    }

    @Test
    @Order(2)
    void rSign1_rightPinShowsTheOfficerAndTheSessionSignsAPackageThatVerifies(FxRobot robot) throws Exception {
        open(onToken(SoftHsmFixture.EC));
        ws.login(robot, "999999");
        waitFor(20, () -> text(robot, "#loginMessage").startsWith("Wrong PIN (1 wrong in a row)"));
        ws.login(robot, SoftHsmFixture.PIN);
        waitFor(20, () -> shows(robot, "#startEnrollment"));
        // name and role from the token's certificate; no DEMO mark, the key is not in software
        assertEquals("officer-ec (operator)", text(robot, "#officerLabel"));
        assertFalse(shows(robot, "#openReview"), "an operator has no review screen");
        OfficerSession session = ws.opened.sessions().current().orElseThrow();
        assertFalse(session.isSoftware());
        assertEquals(hsm.certificate(SoftHsmFixture.EC), session.certificate());

        // What the review step does after the PIN: sign with the session, verify, seal and queue.
        EnrollmentPackage pkg = io.enrollment.core.pkg.TestPackages.ru();
        Workstation.Records records = workstation().records();
        PackageSubmitter.Submitted submitted = new PackageSubmitter(workstation().sealer(), workstation().queue(),
                records.verifier(), records.incidents(), records.audit(), () -> { }).submit(session, pkg);
        assertEquals("CN=officer-ec,O=Test Bank,C=RU", submitted.signer());
        assertTrue(workstation().queue().list(EnumSet.allOf(ItemState.class)).stream()
                .anyMatch(i -> i.kind() == ItemKind.PACKAGE && i.id().equals(pkg.id())));
        // and checked here on its own, against the token's certificate and the test CA only
        byte[] content = PackageWriter.toBytes(pkg);
        PackageSealer.Sealed sealed = workstation().sealer().seal(session, content);
        VerificationResult check = new CadesVerifier(new CertificateValidator(List.of(hsm.ca())))
                .verify(sealed.signature().encoded(), Optional.of(content));
        assertTrue(check.isValid(), check.detail());
        assertEquals(VerificationResult.ChainStatus.TRUSTED, check.chain());
        assertEquals(hsm.certificate(SoftHsmFixture.EC).getSerialNumber().toString(16),
                check.signer().orElseThrow().serialHex());
        byte[] other = content.clone();
        other[other.length / 2] ^= 1;
        assertFalse(new CadesVerifier(new CertificateValidator(List.of(hsm.ca())))
                .verify(sealed.signature().encoded(), Optional.of(other)).isValid(), "the signature covers the package bytes");
    }

    @Test
    @Order(3)
    void rSign2_aTokenInTheSupervisorsListGetsTheSupervisorRole(FxRobot robot) throws Exception {
        open(onToken(SoftHsmFixture.RSA));
        ws.login(robot, SoftHsmFixture.PIN);
        waitFor(20, () -> shows(robot, "#openReview"));
        assertEquals("officer-rsa (supervisor)", text(robot, "#officerLabel"));
    }

    @Test
    @Order(4)
    void rSign1_aKgEnrollmentThroughTheScreensIsSignedOnTheTokenAndVerifiesAtTheCentralSystem(FxRobot robot) throws Exception {
        // kg: face (the demo video, with liveness) and fingerprints; a real workstation reads a real scanner port,
        // so the scanner emulator serves synthetic prints on a socat pty pair at the configured port
        DemoWorkstation w = onToken(SoftHsmFixture.EC, "kg", List.of());
        assertTrue(PtyScannerEmulator.available(), "socat is needed for the scanner (scripts/test.sh installs it)");
        try (PtyScannerEmulator scanner = PtyScannerEmulator.start(Path.of(w.config.scanner().orElseThrow()),
                new SyntheticPrintSource(20_261_124L, false), w.config.scannerBaud())) {
            open(w);
            ws.login(robot, SoftHsmFixture.PIN);
            waitFor(20, () -> shows(robot, "#startEnrollment"));
            assertEquals("officer-ec (operator)", text(robot, "#officerLabel"));
            assertTrue(workstation().records().selfCheck().service().enrollmentStatus().allowed(),
                    workstation().records().selfCheck().service().last().map(Object::toString).orElse("no self-check"));
            DemoWorkstation.throughFace(robot, "ID2345678", "MKK 211021", "Toktogulov", "Azamat", "1985-03-12");
            waitFor(30, () -> text(robot, "#fingerMessage").startsWith("Place the right thumb"));
            for (int scans = 0; scans < 16 && !text(robot, "#fingerMessage").startsWith("All fingers done"); scans++) {
                robot.clickOn("#captureFinger");
                waitFor(30, () -> !robot.lookup("#captureFinger").query().isDisabled() || text(robot, "#fingerMessage").contains("unreadable")
                        || text(robot, "#fingerMessage").startsWith("All fingers done"));
                if (text(robot, "#fingerMessage").contains("unreadable")) {
                    robot.clickOn("#confirmUnreadable");
                }
            }
            assertTrue(text(robot, "#fingerMessage").startsWith("All fingers done"), text(robot, "#fingerMessage"));
            robot.clickOn("#nextButton");

            // the review step asks for the token's PIN again and signs on the token
            waitFor(5, () -> shows(robot, "#signButton"));
            DemoWorkstation.type(robot, "#signPin", SoftHsmFixture.PIN);
            robot.clickOn("#signButton");
            waitFor(30, () -> shows(robot, "#receiptPackageId"));
            java.util.UUID id = java.util.UUID.fromString(text(robot, "#receiptPackageId"));
            robot.clickOn("#doneButton");

            // What the central system gets: the envelope opens with its key, the signature inside verifies against
            // the token's certificate and the test CA
            byte[] signed = new EnvelopeOpener().open(workstation().queue().payload(id), centralSystem.certificate(),
                    centralSystem.privateKey(), BouncyCastle.PROVIDER);
            VerificationResult check = new CadesVerifier(new CertificateValidator(List.of(hsm.ca()))).verify(signed);
            assertTrue(check.isValid(), check.detail());
            assertEquals(VerificationResult.ChainStatus.TRUSTED, check.chain());
            assertEquals(hsm.certificate(SoftHsmFixture.EC).getSerialNumber().toString(16), check.signer().orElseThrow().serialHex());
        }
    }

    @Test
    @Order(5) // last: deleting a token's files may renumber SoftHSM2's slots for the tests after it
    void rSign2_theTokenGoingAwayWhileLoggedInLocksTheWorkstation(FxRobot robot) throws Exception {
        open(onToken(SoftHsmFixture.PULL));
        ws.login(robot, SoftHsmFixture.PIN);
        waitFor(20, () -> shows(robot, "#startEnrollment"));
        assertEquals("officer-pull (operator)", text(robot, "#officerLabel"));
        OfficerSession session = ws.opened.sessions().current().orElseThrow();
        // SoftHSM2 re-reads its token directory: with the token's files gone, its slot has no token, as when a
        // card is pulled from a reader; the presence watcher sees it within its second
        Path tokenFiles = hsm.tokenDirectory(SoftHsmFixture.PULL);
        try (Stream<Path> walk = Files.walk(tokenFiles)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
        waitFor(20, () -> shows(robot, "#pinField"));
        assertTrue(text(robot, "#loginMessage").startsWith("The card was removed"), text(robot, "#loginMessage"));
        assertTrue(ws.opened.sessions().current().isEmpty());
        assertFalse(session.isOpen(), "the token's session ended");
        assertFalse(shows(robot, "#startEnrollment"));
        assertEquals(1, incidents(IncidentType.TOKEN_REMOVED), workstation().records().incidents().list().toString());
        // logging in again finds no token in the slot
        ws.login(robot, SoftHsmFixture.PIN);
        waitFor(20, () -> text(robot, "#loginMessage").equals("No card found in the reader. Insert your officer card."));
    }
}
