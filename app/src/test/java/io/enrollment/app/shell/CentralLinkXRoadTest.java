package io.enrollment.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.demo.DemoCards;
import io.enrollment.core.subject.Consent;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.pkg.PackageWriter;
import io.enrollment.core.pkg.TestPackages;
import io.enrollment.core.sample.Place;
import io.enrollment.installer.ConfigLoader;
import io.enrollment.installer.WorkstationConfig;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.XRoadRoute;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareToken;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import javax.security.auth.callback.PasswordCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GUI's background link chooses the channel from the configuration: with {@code central.channel=xroad}
 * a sealed package reaches the real central simulator through its X-Road REST form, and the receipt verifies.
 */
class CentralLinkXRoadTest {
    private static final char[] PIN = "740519".toCharArray();

    @TempDir
    Path home;

    @Test
    void xRoadChannelDeliversAPackageToTheSimulator() throws Exception {
        Clock clock = Clock.systemUTC();
        DemoCards cards = DemoCards.prepare(home, home.resolve("slot.p12"), PIN, clock);
        CentralLink.CentralSimulatorStart sim = CentralLink.startSimulator(home.resolve("central"), cards);
        Path pki = sim.server().dir().resolve("pki");
        Path passwordFile = home.resolve("tls-password");
        Files.writeString(passwordFile, "simulator");
        WorkstationConfig config = xroadConfig(sim.server().uri(), pki, passwordFile);
        assertTrue(CentralLink.route(config) instanceof XRoadRoute, "central.channel=xroad must give the X-Road route");

        UUID id = UUID.randomUUID();
        byte[] sealed = sealedPackage(id, cards, sim.centralPem(), clock);
        try (QueueStore queue = QueueStore.open(home.resolve("queue"), clock, incident -> { });
             CentralLink link = CentralLink.configured(config, queue, clock).orElseThrow()) {
            queue.enqueue(id, ItemKind.PACKAGE, sealed, "subject-1");
            link.wake();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!Set.of(ItemState.DELIVERED, ItemState.FAILED).contains(queue.get(id).orElseThrow().state())
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertEquals(ItemState.DELIVERED, queue.get(id).orElseThrow().state(), queue.get(id).orElseThrow().lastError());
            assertEquals(1, sim.server().store().stats().packagesAccepted(), sim.server().store().stats().toString());
        } finally {
            sim.server().close();
        }
    }

    private static WorkstationConfig xroadConfig(URI central, Path pki, Path passwordFile) throws Exception {
        Properties p = new Properties();
        p.setProperty("workstation.id", "ws-field-7");
        p.setProperty("profile", "kg");
        p.setProperty("workstation.place", "Field team 7, Bishkek");
        p.setProperty("camera", "device:0");
        p.setProperty("microphone", "device:default");
        p.setProperty("scanner.port", "/dev/ttyUSB0");
        p.setProperty("token.library", "/usr/lib/softhsm/libsofthsm2.so");
        p.setProperty("central.url", central.toString());
        p.setProperty("central.channel", "xroad");
        p.setProperty("xroad.service", "KG/GOV/70000001/ebs/enrollment");
        p.setProperty("xroad.client", "KG/GOV/70000002/ws-field-7");
        p.setProperty("central.certificate", pki.resolve("central.pem").toString());
        p.setProperty("tls.keystore", pki.resolve("workstation.p12").toString());
        p.setProperty("tls.keystore.password-file", passwordFile.toString());
        return ConfigLoader.validate(p, "test", pki);
    }

    private static byte[] sealedPackage(UUID id, DemoCards cards, Path centralPem, Clock clock) throws Exception {
        cards.insert(DemoCards.Card.OPERATOR);
        LoginGuard guard = LoginGuard.standard(e -> { }, clock);
        SoftwareToken token = new SoftwareToken(cards.slot(), new CertificateValidator(DemoCards.certificates(cards.caFile())),
                RolePolicy.operatorsOnly(), guard);
        try (OfficerSession session = token.login(callbacks -> ((PasswordCallback) callbacks[0]).setPassword(PIN))) {
            PackageSealer sealer = new PackageSealer(new CadesSigner(Place.named("Test branch, Bishkek"), clock, Optional.empty()),
                    new EnvelopeSealer(), DemoCards.certificates(centralPem));
            EnrollmentPackage t = TestPackages.kg();
            EnrollmentPackage pkg = EnrollmentPackage.assemble(id, ProfileLoader.builtIn("kg"), "ws-field-7", t.subject(),
                    Consent.given("kg-v1", TestPackages.NOW.minusSeconds(60), session.officer().subjectDn()),
                    session.officer(), t.samples(), t.attestations(), TestPackages.NOW, TestPackages.ZONE);
            return sealer.seal(session, PackageWriter.toBytes(pkg)).envelope();
        }
    }
}
