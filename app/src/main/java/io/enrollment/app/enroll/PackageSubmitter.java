package io.enrollment.app.enroll;

import io.enrollment.app.audit.AuditTrail;
import io.enrollment.app.incident.IncidentJson;
import io.enrollment.app.incident.IncidentRegister;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.pkg.PackageWriter;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import io.enrollment.signing.cades.CadesVerifier;
import io.enrollment.signing.cades.VerificationResult;
import java.util.Optional;

/**
 * Writes the package, signs it with the officer's token, verifies that signature over the package bytes,
 * seals it to the central system and queues it. A signature that does not verify right after it was made (a
 * token whose certificate is not its key's, a faulty token) is a SIGNATURE_INVALID incident and nothing is
 * queued. Signature and queueing are audited.
 */
public final class PackageSubmitter {
    private final PackageSealer sealer;
    private final QueueStore queue;
    private final Runnable afterEnqueue;
    private final CadesVerifier verifier;
    private final Optional<IncidentRegister> incidents;
    private final Optional<AuditTrail> audit;

    /**
     * Without an audit trail or an incident register (tools that keep neither): the fresh signature is still
     * verified, and a failure still refuses the package.
     */
    public PackageSubmitter(PackageSealer sealer, QueueStore queue, Runnable afterEnqueue) {
        this(sealer, queue, new CadesVerifier(io.enrollment.signing.token.CertificateValidator.withoutTrustAnchors()),
                Optional.empty(), Optional.empty(), afterEnqueue);
    }

    /**
     * @param verifier     checks the fresh signature (the workstation's trust anchors, when it has them)
     * @param afterEnqueue told when a package was queued (wakes the transmitter)
     */
    public PackageSubmitter(PackageSealer sealer, QueueStore queue, CadesVerifier verifier, IncidentRegister incidents,
                            AuditTrail audit, Runnable afterEnqueue) {
        this(sealer, queue, verifier, Optional.of(incidents), Optional.of(audit), afterEnqueue);
    }

    private PackageSubmitter(PackageSealer sealer, QueueStore queue, CadesVerifier verifier, Optional<IncidentRegister> incidents,
                             Optional<AuditTrail> audit, Runnable afterEnqueue) {
        this.sealer = sealer;
        this.queue = queue;
        this.verifier = verifier;
        this.incidents = incidents;
        this.audit = audit;
        this.afterEnqueue = afterEnqueue;
    }

    /** What the receipt screen shows. */
    public record Submitted(QueueItem item, String signer) {
    }

    /**
     * @throws SigningException TOKEN_REMOVED etc., or CRYPTO_FAILURE when the signature does not verify: nothing was queued
     * @throws QueueException   when the queue refused the item: nothing was queued
     */
    public Submitted submit(OfficerSession signer, EnrollmentPackage pkg) throws SigningException, QueueException {
        byte[] content = PackageWriter.toBytes(pkg);
        PackageSealer.Sealed sealed;
        try {
            sealed = sealer.seal(signer, content);
        } catch (SigningException e) {
            audit.ifPresent(a -> a.signature(signer.officer(), pkg.id(), "failed", e.error() + ": " + e.getMessage()));
            throw e;
        }
        VerificationResult check = verifier.verify(sealed.signature().encoded(), Optional.of(content));
        if (!check.isValid()) {
            String failure = check.failure().map(Enum::name).orElse("?");
            Finding finding = Finding.of("incident.signature.package", pkg.id(), failure, check.detail(), signer.tokenDescription());
            String detail = IncidentJson.english(finding);
            audit.ifPresent(a -> a.signature(signer.officer(), pkg.id(), "invalid", check.failure().map(Enum::name).orElse("?")));
            incidents.ifPresent(i -> i.record(IncidentType.SIGNATURE_INVALID, "signing", finding));
            throw new SigningException(SigningError.CRYPTO_FAILURE, detail);
        }
        audit.ifPresent(a -> a.signature(signer.officer(), pkg.id(), "ok",
                sealed.signature().algorithm() + ", verified; sealed to the central system"));
        QueueItem item = queue.enqueue(pkg.id(), ItemKind.PACKAGE, sealed.envelope(), pkg.subject().subjectKey());
        audit.ifPresent(a -> a.queued(AuditTrail.actor(signer.officer()), item.id(), ItemKind.PACKAGE.name()));
        afterEnqueue.run();
        return new Submitted(item, signer.officer().subjectDn());
    }
}
