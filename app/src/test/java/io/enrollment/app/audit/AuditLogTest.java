package io.enrollment.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Officer;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.sample.Place;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SignatureAlgorithm;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.demo.DemoPki;
import io.enrollment.signing.demo.KeyType;
import io.enrollment.signing.token.CertificateValidator;
import io.enrollment.signing.token.RolePolicy;
import io.enrollment.signing.token.SoftwareOfficerSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;

    private static AuditEntry entry(int i) {
        return new AuditEntry(AuditAction.CAPTURE_ACCEPTED, "officer-7", "package-" + i, "ok", "face");
    }

    private OfficerSession session() throws Exception {
        DemoPki pki = DemoPki.create("Audit test CA", KeyType.EC_P256, Clock.systemUTC());
        DemoPki.Issued ws = pki.issueOfficer("WS-AUDIT", "Test branch", KeyType.EC_P256);
        Officer officer = RolePolicy.operatorsOnly().officer(ws.certificate());
        return new SoftwareOfficerSession("test key", ws.privateKey(), ws.chain(), officer, SignatureAlgorithm.ECDSA_P256_SHA256);
    }

    @Test
    void rKg2_appendsSurviveReopeningAndChain() throws Exception {
        try (AuditLog log = AuditLog.open(dir, Clock.systemUTC())) {
            for (int i = 0; i < 3; i++) {
                log.append(entry(i));
            }
        }
        try (AuditLog log = AuditLog.open(dir, Clock.systemUTC())) {
            assertEquals(4, log.append(entry(3)).sequence());
            AuditVerification v = log.verify();
            assertTrue(v.ok());
            assertEquals(4, v.records());
        }
    }

    @Test
    void aSecondWriterIsRefused() throws Exception {
        Path file = dir.resolve(AuditLog.FILE_NAME);
        try (AuditLog log = AuditLog.open(dir, Clock.systemUTC())) {
            log.append(entry(0));
            // a second writer (another process, or here a second opening) is refused
            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> AuditLog.open(dir, Clock.systemUTC()));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
        try (AuditLog again = AuditLog.open(dir, Clock.systemUTC())) {
            assertEquals(2, again.append(entry(1)).sequence());
        }
        assertTrue(AuditLog.verify(file, AuditLog.AnchorCheck.NONE).ok());
    }

    @Test
    void rKg2_anEditedLineIsTheFirstBreak() throws Exception {
        try (AuditLog log = AuditLog.open(dir, Clock.systemUTC())) {
            for (int i = 0; i < 6; i++) {
                log.append(entry(i));
            }
        }
        Path file = dir.resolve(AuditLog.FILE_NAME);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        lines.set(3, lines.get(3).replace("officer-7", "officer-8"));
        Files.write(file, lines, StandardCharsets.UTF_8);
        AuditVerification v = AuditLog.verify(file, AuditLog.AnchorCheck.NONE);
        assertEquals(4, v.firstBreak().orElseThrow().position());
        assertEquals(3, v.intact());
        lines.set(3, "{not json");
        Files.write(file, lines, StandardCharsets.UTF_8);
        assertTrue(AuditLog.verify(file, AuditLog.AnchorCheck.NONE).firstBreak().orElseThrow().reason().contains("unreadable"));
    }

    @Test
    void rKg2_signedAnchorsVerifyAndAForgedTailIsCaught() throws Exception {
        CadesSigner signer = new CadesSigner(Place.named("Test branch"), Clock.systemUTC(), Optional.empty());
        AuditAnchors anchors = new AuditAnchors(dir);
        try (AuditLog log = AuditLog.open(dir, Clock.systemUTC()); OfficerSession s = session()) {
            log.append(entry(0));
            log.append(entry(1));
            anchors.anchor(log, signer, s);
            log.append(entry(2));
        }
        Path file = dir.resolve(AuditLog.FILE_NAME);
        CadesVerifier verifier = new CadesVerifier(CertificateValidator.withoutTrustAnchors());
        AuditVerification ok = AuditLog.verify(file, anchors.checker(verifier));
        assertTrue(ok.ok(), ok.toString());
        assertEquals(1, ok.anchors());

        // someone rewrites the whole chain consistently (re-hashing everything): the anchor's signature no longer fits
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<io.enrollment.core.audit.AuditRecord> rewritten = new java.util.ArrayList<>();
        Optional<io.enrollment.core.audit.AuditRecord> last = Optional.empty();
        for (String line : lines) {
            io.enrollment.core.audit.AuditRecord r = AuditLineCodec.decode(line);
            AuditEntry e = r.entry().actor().equals("officer-7")
                    ? new AuditEntry(r.entry().action(), "officer-9", r.entry().target(), r.entry().outcome(), r.entry().note())
                    : r.entry();
            io.enrollment.core.audit.AuditRecord n = io.enrollment.core.audit.AuditChain.next(last, e, r.at());
            rewritten.add(n);
            last = Optional.of(n);
        }
        Files.write(file, rewritten.stream().map(AuditLineCodec::encode).toList(), StandardCharsets.UTF_8);
        AuditVerification forged = AuditLog.verify(file, anchors.checker(verifier));
        assertTrue(forged.firstBreak().isEmpty(), "the rewritten chain is self-consistent");
        assertTrue(forged.anchorProblem().orElseThrow().contains("anchor at record 3"), forged.toString());
    }
}
