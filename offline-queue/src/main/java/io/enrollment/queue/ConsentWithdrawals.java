package io.enrollment.queue;

import io.enrollment.queue.store.QueueStore;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Consent withdrawn (R-GEN-3): the subject's data must not be used. Every package of theirs still on this
 * workstation is purged first (that is the legal duty, and purging again is harmless), then the withdrawal
 * notice is queued for the central system. If queueing the notice fails, calling again completes it.
 */
public final class ConsentWithdrawals {
    private final QueueStore store;

    public ConsentWithdrawals(QueueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * @param subjectKey   the subject's key (document type and number), as given when their packages were queued
     * @param noticeId     id of the notice (the same on a retry, so it is queued once)
     * @param sealedNotice the signed and sealed withdrawal notice
     * @return the ids of the packages purged now
     */
    public List<UUID> withdraw(String subjectKey, UUID noticeId, byte[] sealedNotice) throws QueueException {
        List<UUID> purged = store.purgeSubject(subjectKey);
        store.enqueue(noticeId, ItemKind.CONSENT_WITHDRAWAL, sealedNotice, null);
        return purged;
    }
}
