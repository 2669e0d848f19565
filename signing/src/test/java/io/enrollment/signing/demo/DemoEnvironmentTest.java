package io.enrollment.signing.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Officer;
import io.enrollment.signing.BouncyCastle;
import io.enrollment.signing.Certificates;
import io.enrollment.signing.FixedPin;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.RecordingListener;
import io.enrollment.signing.TestPki;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.envelope.EnvelopeOpener;
import io.enrollment.signing.envelope.EnvelopeSealer;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.LoginGuard;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void demoFilesSignSealAndOpen() throws Exception {
        char[] pin = "1111".toCharArray();
        DemoEnvironment demo = DemoEnvironment.create(dir, pin, Clock.systemUTC());
        CertificateValidator trust = new CertificateValidator(Certificates.read(demo.caCertificate()));
        RolePolicy roles = RolePolicy.supervisors(Files.readAllLines(dir.resolve("supervisors.txt")));
        LoginGuard guard = LoginGuard.standard(new RecordingListener(), Clock.systemUTC());
        try (OfficerSession supervisor = new SoftwareToken(demo.supervisorToken(), trust, roles, guard).login(new FixedPin("1111"))) {
            assertEquals(Officer.Role.SUPERVISOR, supervisor.officer().role());
        }
        X509Certificate central = Certificates.read(demo.centralCertificate()).get(0);
        try (OfficerSession officer = new SoftwareToken(demo.officerToken(), trust, roles, guard).login(new FixedPin("1111"))) {
            assertTrue(officer.isSoftware());
            assertEquals(Officer.Role.OPERATOR, officer.officer().role());
            PackageSealer.Sealed sealed = new PackageSealer(new CadesSigner(TestPki.PLACE, Clock.systemUTC(), Optional.empty()),
                    new EnvelopeSealer(), List.of(central)).seal(officer, new byte[] {1, 2, 3});
            KeyStore ks = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            try (var in = Files.newInputStream(demo.centralKeyStore())) {
                ks.load(in, pin);
            }
            PrivateKey key = (PrivateKey) ks.getKey(ks.aliases().nextElement(), pin);
            byte[] signed = new EnvelopeOpener().open(sealed.envelope(), central, key, BouncyCastle.PROVIDER);
            assertTrue(new CadesVerifier(trust).verify(signed).isValid());
            assertArrayEquals(sealed.signature().encoded(), signed);
        }
    }
}
