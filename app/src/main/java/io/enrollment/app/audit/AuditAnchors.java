package io.enrollment.app.audit;

import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.CadesSignature;
import io.enrollment.signing.cades.CadesSigner;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.Packaging;
import io.enrollment.signing.cades.VerificationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Signed anchors of the audit trail: the workstation signs (CAdES, detached) the hash of the newest record
 * and appends an ANCHOR record whose previous-hash is exactly that hash. Rewriting the trail up to an
 * anchor then needs the workstation's key, not just write access to the file. Signatures are kept in
 * {@code DATA/audit/anchors/SEQ.p7s} (SEQ = the anchor record's sequence).
 */
public final class AuditAnchors {
    private final Path dir;

    public AuditAnchors(Path auditDir) {
        this.dir = auditDir.resolve("anchors");
    }

    /** What the anchor at {@code sequence} signs: a fixed label, the sequence and the head hash. */
    static byte[] content(long sequence, String head) {
        return ("audit-anchor-v1:" + sequence + ":" + head).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Signs the current head and appends the anchor record.
     *
     * @throws SigningException when the signature cannot be made (nothing is appended)
     * @throws IOException      when the signature file cannot be written (nothing is appended)
     */
    public AuditRecord anchor(AuditLog log, CadesSigner signer, OfficerSession session) throws SigningException, IOException {
        synchronized (log) {
            long sequence = log.last().map(r -> r.sequence() + 1).orElse(1L);
            String head = log.last().map(AuditRecord::hash).orElse(io.enrollment.core.audit.AuditChain.GENESIS);
            CadesSignature signature = signer.sign(session, content(sequence, head), Packaging.DETACHED);
            Files.createDirectories(dir);
            Path file = dir.resolve(sequence + ".p7s");
            Files.write(file, signature.encoded());
            return log.append(new AuditEntry(AuditAction.ANCHOR, "system", "anchors/" + file.getFileName(), "signed",
                    "signed by " + session.certificate().getSubjectX500Principal().getName()));
        }
    }

    /** A check of ANCHOR records against their signature files. */
    public AuditLog.AnchorCheck checker(CadesVerifier verifier) {
        Objects.requireNonNull(verifier, "verifier");
        return record -> {
            Path file = dir.resolve(record.sequence() + ".p7s");
            byte[] cms;
            try {
                cms = Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return Optional.of("its signature file " + file + " is missing");
            } catch (IOException e) {
                return Optional.of("its signature file " + file + " cannot be read: " + e.getMessage());
            }
            VerificationResult result = verifier.verify(cms, Optional.of(content(record.sequence(), record.previousHash())));
            return result.isValid() ? Optional.empty()
                    : Optional.of("the signature does not verify over the chain head: " + result.detail());
        };
    }
}
