package io.enrollment.central.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorPkiTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFilesAndReusesThemOnTheNextStart() throws Exception {
        SimulatorPki first = SimulatorPki.loadOrCreate(dir);
        for (String f : List.of("ca.p12", "ca.pem", "central.p12", "central.pem", "tsa.p12", "tsa.pem", "workstation.p12")) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        SimulatorPki second = SimulatorPki.loadOrCreate(dir);
        assertArrayEquals(first.central().certificate().getEncoded(), second.central().certificate().getEncoded());
        assertArrayEquals(first.ca().certificate().getEncoded(), second.ca().certificate().getEncoded());
        X509Certificate pinned;
        try (var in = Files.newInputStream(first.centralPem())) {
            pinned = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        assertEquals(first.central().certificate(), pinned);
    }

    @Test
    void certificatesCarryTheirRoles() throws Exception {
        SimulatorPki pki = SimulatorPki.loadOrCreate(dir);
        X509Certificate ca = pki.ca().certificate();
        X509Certificate central = pki.central().certificate();
        X509Certificate tsa = pki.tsa().certificate();
        X509Certificate ws = SimulatorPki.read(pki.workstationP12()).certificate();
        assertTrue(ca.getBasicConstraints() >= 0);
        central.verify(ca.getPublicKey());
        ws.verify(ca.getPublicKey());
        assertEquals("EC", central.getPublicKey().getAlgorithm());
        assertTrue(central.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"));
        assertTrue(central.getSubjectAlternativeNames().stream().anyMatch(n -> "127.0.0.1".equals(n.get(1))));
        assertTrue(tsa.getCriticalExtensionOIDs().contains("2.5.29.37"), "TSA EKU is critical");
        assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
        assertTrue(ws.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.2"));
        assertEquals("CN=WS-DEMO,O=Enrollment Test PKI", ws.getSubjectX500Principal().getName());
    }

    @Test
    void issuesFurtherWorkstationsAndRefusesBadNames() throws Exception {
        SimulatorPki pki = SimulatorPki.loadOrCreate(dir);
        Path p12 = pki.issueWorkstation("WS-0042");
        assertEquals(dir.resolve("workstation-WS-0042.p12"), p12);
        X509Certificate c = SimulatorPki.read(p12).certificate();
        assertEquals("CN=WS-0042,O=Enrollment Test PKI", c.getSubjectX500Principal().getName());
        assertEquals(c, SimulatorPki.read(pki.issueWorkstation("WS-0042")).certificate(), "issued once");
        assertNotEquals(c, SimulatorPki.read(pki.workstationP12()).certificate());
        assertThrows(IllegalArgumentException.class, () -> pki.issueWorkstation("../evil"));
    }
}
