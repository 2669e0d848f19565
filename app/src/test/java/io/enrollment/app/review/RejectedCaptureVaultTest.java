package io.enrollment.app.review;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Modality;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R-QC-3: a rejected sample is kept sealed to the supervisors only (real AuthEnvelopedData): a supervisor's key
 * opens it, an operator's cannot, the file holds no plaintext; review purges it, and so does the retention period.
 */
class RejectedCaptureVaultTest {
    @TempDir
    Path dir;

    private static OfficerSession session(DemoPki.Issued issued) throws Exception {
        return new SoftwareOfficerSession("test", issued.privateKey(), issued.chain(),
                RolePolicy.operatorsOnly().officer(issued.certificate()),
                SignatureAlgorithm.forKey(issued.certificate().getPublicKey()).orElseThrow());
    }

    @Test
    void rQc3SealedToSupervisorsReviewedAndPurged() throws Exception {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        DemoPki pki = DemoPki.create("Test CA", KeyType.EC_P256, Clock.fixed(now, ZoneOffset.UTC));
        DemoPki.Issued supervisor = pki.issue("CN=Supervisor", KeyType.EC_P256, now.minusSeconds(60), now.plusSeconds(86_400),
                DemoPki.SIGNING_USAGE | KeyUsage.keyAgreement);
        DemoPki.Issued operator = pki.issueOfficer("Operator", "Bank", KeyType.EC_P256);
        RejectedCaptureVault vault = new RejectedCaptureVault(dir, List.of(supervisor.certificate()),
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(30));
        byte[] sample = "pretend JPEG bytes of a face".getBytes();
        RejectedCapture r = new RejectedCapture(UUID.randomUUID(), now, "CN=Operator,O=Bank", "1f", Modality.FACE,
                List.of(new RuleFailure("R-FACE-2", "yaw", 31.5, "≤", 5, "deg")), "image/jpeg", null, null, null);
        vault.store(r, sample);

        assertFalse(new String(Files.readAllBytes(dir.resolve(r.id() + ".sealed")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("pretend JPEG"), "the sample is not stored in clear");
        assertArrayEquals(sample, vault.open(r.id(), session(supervisor)));
        assertThrows(SigningException.class, () -> vault.open(r.id(), session(operator)));
        RejectedCapture listed = vault.list().get(0);
        assertEquals(31.5, listed.failures().get(0).measured());
        assertEquals("Operator", listed.operatorName());

        RejectedCapture reviewed = vault.markReviewed(r.id(), "CN=Supervisor", "face the camera");
        assertTrue(reviewed.reviewed());
        assertEquals("face the camera", vault.list().get(0).note().orElseThrow());
        assertFalse(vault.hasSample(r.id()), "review purges the sample");
    }

    @Test
    void retentionPurgesUnreviewedSamples() throws Exception {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        DemoPki pki = DemoPki.create("Test CA", KeyType.EC_P256, Clock.fixed(now, ZoneOffset.UTC));
        DemoPki.Issued supervisor = pki.issueRecipient("Supervisor", KeyType.EC_P256);
        RejectedCapture old = new RejectedCapture(UUID.randomUUID(), now.minus(Duration.ofDays(31)), "CN=Op", "1", Modality.VOICE,
                List.of(), "audio/wav", null, null, null);
        RejectedCapture recent = new RejectedCapture(UUID.randomUUID(), now.minus(Duration.ofDays(2)), "CN=Op", "1", Modality.VOICE,
                List.of(), "audio/wav", null, null, null);
        RejectedCaptureVault vault = new RejectedCaptureVault(dir, List.of(supervisor.certificate()),
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(30));
        vault.store(old, new byte[] {1, 2, 3});
        vault.store(recent, new byte[] {4, 5, 6});
        assertEquals(1, vault.purgeExpired());
        assertFalse(vault.hasSample(old.id()));
        assertTrue(vault.hasSample(recent.id()));
        assertEquals(2, vault.list().size(), "the records stay for the statistics");
    }

    @Test
    void rInc1_aChangedSealedSampleIsASignatureIncidentWhenItsSupervisorOpensIt() throws Exception {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        DemoPki pki = DemoPki.create("Test CA", KeyType.EC_P256, Clock.fixed(now, ZoneOffset.UTC));
        DemoPki.Issued supervisor = pki.issue("CN=Supervisor", KeyType.EC_P256, now.minusSeconds(60), now.plusSeconds(86_400),
                DemoPki.SIGNING_USAGE | KeyUsage.keyAgreement);
        DemoPki.Issued operator = pki.issueOfficer("Operator", "Bank", KeyType.EC_P256);
        List<String> alarms = new java.util.ArrayList<>();
        RejectedCaptureVault vault = new RejectedCaptureVault(dir, List.of(supervisor.certificate()),
                Clock.fixed(now, ZoneOffset.UTC), Duration.ofDays(30), alarms::add);
        RejectedCapture r = new RejectedCapture(UUID.randomUUID(), now, "CN=Operator,O=Bank", "1f", Modality.FACE,
                List.of(new RuleFailure("R-FACE-2", "yaw", 31.5, "≤", 5, "deg")), "image/jpeg", null, null, null);
        vault.store(r, "pretend JPEG bytes of a face".getBytes());

        assertThrows(SigningException.class, () -> vault.open(r.id(), session(operator)));
        assertEquals(List.of(), alarms, "an operator is simply not a recipient: no tampering shown");

        Path sealed = dir.resolve(r.id() + ".sealed");
        byte[] bytes = Files.readAllBytes(sealed);
        bytes[bytes.length - 20] ^= 0x01; // one bit of the encrypted content or its tag
        Files.write(sealed, bytes);
        assertThrows(SigningException.class, () -> vault.open(r.id(), session(supervisor)));
        assertEquals(1, alarms.size());
        assertTrue(alarms.get(0).contains("does not verify for supervisor certificate serial"), alarms.get(0));
    }
}
