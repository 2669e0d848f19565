package io.enrollment.queue.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueueStoreTest {
    @TempDir
    Path dir;
    private final List<QueueIncident> incidents = new ArrayList<>();
    private QueueStore store;

    private QueueStore open() throws QueueException {
        store = QueueStore.open(dir, Clock.systemUTC(), incidents::add);
        return store;
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** Random bytes with a marker that a scan of the disk can look for. */
    static byte[] payload(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        System.arraycopy("BIOMETRIC-MARKER-".getBytes(), 0, b, 100, 17);
        return b;
    }

    @Test
    void enqueuedItemSurvivesReopening() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] data = payload(100_000, 1);
        open().enqueue(id, ItemKind.PACKAGE, data, "PASSPORT_RU:4510123456");
        store.close();
        QueueItem item = open().get(id).orElseThrow();
        assertEquals(ItemState.QUEUED, item.state());
        assertEquals(100_000, item.size());
        assertArrayEquals(data, store.payload(id));
    }

    @Test
    void sameIdSameBytesIsANoOpAndOtherBytesAreRefused() throws Exception {
        UUID id = UUID.randomUUID();
        open().enqueue(id, ItemKind.PACKAGE, payload(1000, 1), null);
        store.enqueue(id, ItemKind.PACKAGE, payload(1000, 1), null);
        assertEquals(1, store.counts().queued());
        QueueException e = assertThrows(QueueException.class, () -> store.enqueue(id, ItemKind.PACKAGE, payload(1000, 2), null));
        assertTrue(e.getMessage().contains("never overwritten"));
    }

    @Test
    void deliveryErasesThePayloadForR_STORE_1() throws Exception {
        UUID id = UUID.randomUUID();
        open().enqueue(id, ItemKind.PACKAGE, payload(300_000, 3), "PASSPORT_RU:1");
        store.markSending(id);
        store.markDelivered(id, Instant.now(), "{\"receipt\":\"x\"}".getBytes());
        store.close();
        assertEquals(ItemState.DELIVERED, open().get(id).orElseThrow().state());
        assertEquals(0, store.counts().pending());
        store.close();
        store = null;
        assertNoFileContains("BIOMETRIC-MARKER-");
    }

    private void assertNoFileContains(String marker) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(marker), f + " still holds payload bytes");
            }
        }
    }

    @Test
    void modifiedPayloadIsNotSentAndRaisesAnIncident() throws Exception {
        UUID id = UUID.randomUUID();
        open().enqueue(id, ItemKind.PACKAGE, payload(5000, 4), null);
        Path file = dir.resolve("payloads").resolve(id + ".sealed");
        byte[] bytes = Files.readAllBytes(file);
        bytes[2000] ^= 1;
        Files.write(file, bytes);
        TamperedItemException e = assertThrows(TamperedItemException.class, () -> store.payload(id));
        assertTrue(e.getMessage().contains("does not match its SHA-256"), e.getMessage());
        assertEquals(ItemState.FAILED, store.get(id).orElseThrow().state());
        assertEquals(QueueIncident.Type.TAMPERED_ITEM, incidents.get(0).type());
    }

    @Test
    void modifiedRowIsCaughtByItsIntegrityCode() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] forged = payload(5000, 6);
        open().enqueue(id, ItemKind.PACKAGE, payload(5000, 5), null);
        store.close();
        // Someone replaces the payload and updates the row's hash to match.
        Files.write(dir.resolve("payloads").resolve(id + ".sealed"), forged);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("queue"), "queue", "");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE queue_item SET sha256='" + io.enrollment.core.Bytes.sha256Hex(forged) + "'");
        }
        open();
        TamperedItemException e = assertThrows(TamperedItemException.class, () -> store.payload(id));
        assertTrue(e.getMessage().contains("queue row was modified"), e.getMessage());
        assertTrue(store.integrityProblem().isEmpty() || store.get(id).orElseThrow().state() == ItemState.FAILED);
    }

    @Test
    void recoveryPutsRightWhatACrashLeft() throws Exception {
        UUID sending = UUID.randomUUID();
        UUID lost = UUID.randomUUID();
        open().enqueue(sending, ItemKind.PACKAGE, payload(1000, 7), null);
        store.enqueue(lost, ItemKind.INCIDENT, payload(1000, 8), null);
        store.markSending(sending);
        store.close();
        // An enqueue that died before its row, a temp file of a half-written payload, a payload gone missing.
        UUID orphan = UUID.randomUUID();
        Files.write(dir.resolve("payloads").resolve(orphan + ".sealed"), payload(1000, 9));
        Files.write(dir.resolve("payloads").resolve(UUID.randomUUID() + ".tmp"), payload(200, 10));
        Files.delete(dir.resolve("payloads").resolve(lost + ".sealed"));
        open();
        assertEquals(ItemState.QUEUED, store.get(sending).orElseThrow().state());
        assertEquals(ItemState.FAILED, store.get(lost).orElseThrow().state());
        assertEquals(QueueIncident.Type.TAMPERED_ITEM, incidents.get(0).type());
        try (Stream<Path> files = Files.list(dir.resolve("payloads"))) {
            assertEquals(List.of(sending + ".sealed"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void consentWithdrawalPurgesEveryUndeliveredPackageOfTheSubjectForR_GEN_3() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        open().enqueue(a, ItemKind.PACKAGE, payload(2000, 11), "PASSPORT_RU:4510123456");
        store.enqueue(b, ItemKind.PACKAGE, payload(2000, 12), "PASSPORT_RU:4510123456");
        store.enqueue(other, ItemKind.PACKAGE, payload(2000, 13), "PASSPORT_RU:9999999999");
        List<UUID> purged = store.purgeSubject("PASSPORT_RU:4510123456");
        assertEquals(2, purged.size());
        assertEquals(ItemState.PURGED, store.get(a).orElseThrow().state());
        assertEquals(ItemState.QUEUED, store.get(other).orElseThrow().state());
        assertEquals(1, store.counts().pending());
        assertFalse(Files.exists(dir.resolve("payloads").resolve(a + ".sealed")));
    }

    @Test
    void subjectIsNeverStoredInTheClear() throws Exception {
        open().enqueue(UUID.randomUUID(), ItemKind.PACKAGE, payload(1000, 14), "PASSPORT_RU:4510123456");
        store.close();
        store = null;
        assertNoFileContains("4510123456");
    }

    @Test
    void secondProcessIsToldTheQueueIsInUse() throws Exception {
        open();
        // H2 locks the file per process; within one JVM a second open shares it, so test the message path.
        QueueException e = assertThrows(QueueException.class,
                () -> QueueStore.open(dir.resolve("queue.mv.db"), Clock.systemUTC(), QueueIncident.Listener.NONE));
        assertTrue(e.getMessage().contains("cannot be used") || e.getMessage().contains("cannot be opened"), e.getMessage());
    }
}
