package io.enrollment.app.enroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.app.incident.IncidentReporter;
import io.enrollment.core.Officer;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.operator.ContentSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGNATURE_INVALID (R-INC-1): the submitter verifies the officer's fresh signature over the package before it
 * queues anything. A token whose certificate is not its key's makes a real signature that does not verify: the
 * package is refused, an incident recorded, and the audit trail says so; a sound token's package is queued with
 * its signature and queueing audited.
 */
class PackageSubmitterTest {
    @TempDir
    Path dir;

    private static OfficerSession session(DemoPki.Issued issued) throws Exception {
        return new SoftwareOfficerSession("test", issued.privateKey(), issued.chain(),
                RolePolicy.operatorsOnly().officer(issued.certificate()),
                SignatureAlgorithm.forKey(issued.certificate().getPublicKey()).orElseThrow());
    }

    /** The key of one officer, presenting another officer's certificate (a badly personalised token). */
    private record MismatchedToken(OfficerSession key, OfficerSession shown) implements OfficerSession {
        @Override
        public Officer officer() {
            return shown.officer();
        }

        @Override
        public X509Certificate certificate() {
            return shown.certificate();
        }

        @Override
        public List<X509Certificate> chain() {
            return shown.chain();
        }

        @Override
        public SignatureAlgorithm defaultAlgorithm() {
            return key.defaultAlgorithm();
        }

        @Override
        public ContentSigner contentSigner(SignatureAlgorithm algorithm) throws SigningException {
            return key.contentSigner(algorithm);
        }

        @Override
        public PrivateKey privateKey() throws SigningException {
            return key.privateKey();
        }

        @Override
        public Provider keyProvider() {
            return key.keyProvider();
        }

        @Override
        public boolean isSoftware() {
            return true;
        }

        @Override
        public String tokenDescription() {
            return "mismatched test token";
        }

        @Override
        public boolean isOpen() {
            return key.isOpen();
        }

        @Override
        public void checkPresent() throws SigningException {
            key.checkPresent();
        }

        @Override
        public SigningException failure(String what, Exception cause) {
            return key.failure(what, cause);
        }

        @Override
        public void close() {
            key.close();
        }
    }

    @Test
    void rInc1_aSignatureThatDoesNotVerifyIsAnIncidentAndNothingIsQueued() throws Exception {
        Clock clock = Clock.systemUTC();
        DemoPki pki = DemoPki.create("Test CA", KeyType.EC_P256, clock);
        DemoPki.Issued anna = pki.issueOfficer("Anna", "Bank", KeyType.EC_P256);
        DemoPki.Issued boris = pki.issueOfficer("Boris", "Bank", KeyType.EC_P256);
        DemoPki.Issued central = pki.issueRecipient("Central", KeyType.EC_P256);
        try (AuditLog log = AuditLog.open(dir.resolve("audit"), clock);
             QueueStore queue = QueueStore.open(dir.resolve("queue"), clock, io.enrollment.queue.QueueIncident.Listener.NONE)) {
            IncidentRegister incidents = IncidentRegister.open(dir.resolve("incidents"),
                    WorkingCalendar.of(ProfileLoader.builtIn("ru"), ZoneId.of("Europe/Moscow")), clock, log, IncidentReporter.NONE);
            AuditTrail audit = new AuditTrail(log);
            PackageSubmitter submitter = new PackageSubmitter(new PackageSealer(new CadesSigner(
                    new io.enrollment.core.sample.Place("Test branch", 55.7, 37.6), clock, Optional.empty()), new EnvelopeSealer(),
                    List.of(central.certificate())), queue, new CadesVerifier(CertificateValidator.withoutTrustAnchors()),
                    incidents, audit, () -> { });
            EnrollmentPackage bad = io.enrollment.core.pkg.TestPackages.ru();
            SigningException refused = assertThrows(SigningException.class,
                    () -> submitter.submit(new MismatchedToken(session(anna), session(boris)), bad));
            assertTrue(refused.getMessage().contains("does not verify right after signing"), refused.getMessage());
            assertEquals(List.of(), queue.list(EnumSet.allOf(ItemState.class)), "nothing was queued");
            assertEquals(IncidentType.SIGNATURE_INVALID, incidents.list().get(0).type());
            List<AuditRecord> trail = log.readAll();
            assertTrue(trail.stream().anyMatch(r -> r.entry().action() == AuditAction.SIGNATURE && r.entry().outcome().equals("invalid")));

            EnrollmentPackage good = io.enrollment.core.pkg.TestPackages.kg();
            PackageSubmitter.Submitted s = submitter.submit(session(anna), good);
            assertEquals(good.id(), s.item().id());
            assertEquals(1, incidents.list().size(), "a sound signature is no incident");
            trail = log.readAll();
            assertTrue(trail.stream().anyMatch(r -> r.entry().action() == AuditAction.SIGNATURE && r.entry().outcome().equals("ok")
                    && r.entry().target().equals("package " + good.id())));
            assertTrue(trail.stream().anyMatch(r -> r.entry().action() == AuditAction.TRANSMISSION
                    && r.entry().outcome().equals("queued") && r.entry().target().equals("package " + good.id())));
        }
    }
}
