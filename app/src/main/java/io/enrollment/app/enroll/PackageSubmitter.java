package io.enrollment.app.enroll;

import io.enrollment.core.pkg.EnrollmentPackage;
import io.enrollment.core.pkg.PackageWriter;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.PackageSealer;
import io.enrollment.signing.SigningException;

/** Writes the package, signs it with the officer's token, seals it to the central system and queues it. */
public final class PackageSubmitter {
    private final PackageSealer sealer;
    private final QueueStore queue;
    private final Runnable afterEnqueue;

    /**
     * @param afterEnqueue told when a package was queued (wakes the transmitter)
     */
    public PackageSubmitter(PackageSealer sealer, QueueStore queue, Runnable afterEnqueue) {
        this.sealer = sealer;
        this.queue = queue;
        this.afterEnqueue = afterEnqueue;
    }

    /** What the receipt screen shows. */
    public record Submitted(QueueItem item, String signer) {
    }

    /**
     * @throws SigningException TOKEN_REMOVED etc.: nothing was queued
     * @throws QueueException   when the queue refused the item: nothing was queued
     */
    public Submitted submit(OfficerSession signer, EnrollmentPackage pkg) throws SigningException, QueueException {
        PackageSealer.Sealed sealed = sealer.seal(signer, PackageWriter.toBytes(pkg));
        QueueItem item = queue.enqueue(pkg.id(), ItemKind.PACKAGE, sealed.envelope(), pkg.subject().subjectKey());
        afterEnqueue.run();
        return new Submitted(item, signer.officer().subjectDn());
    }
}
