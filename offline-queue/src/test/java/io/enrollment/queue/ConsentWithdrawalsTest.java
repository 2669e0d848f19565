package io.enrollment.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.enrollment.queue.store.QueueStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsentWithdrawalsTest {
    @TempDir
    Path dir;

    @Test
    void withdrawalPurgesThePackagesAndQueuesTheNoticeOnceForR_GEN_3() throws Exception {
        try (QueueStore store = QueueStore.open(dir, Clock.systemUTC(), QueueIncident.Listener.NONE)) {
            UUID pkg = UUID.randomUUID();
            store.enqueue(pkg, ItemKind.PACKAGE, new byte[] {1, 2, 3}, "PASSPORT_RU:4510123456");
            UUID notice = UUID.randomUUID();
            ConsentWithdrawals withdrawals = new ConsentWithdrawals(store);
            assertEquals(List.of(pkg), withdrawals.withdraw("PASSPORT_RU:4510123456", notice, new byte[] {9, 9}));
            assertEquals(List.of(), withdrawals.withdraw("PASSPORT_RU:4510123456", notice, new byte[] {9, 9}));
            assertEquals(ItemState.PURGED, store.get(pkg).orElseThrow().state());
            assertEquals(ItemKind.CONSENT_WITHDRAWAL, store.get(notice).orElseThrow().kind());
            assertEquals(1, store.counts().queued());
        }
    }
}
