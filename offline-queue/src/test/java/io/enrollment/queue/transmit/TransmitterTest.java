package io.enrollment.queue.transmit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.queue.ItemKind;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The transmitter's decisions (deliver, back off, give up, report), with a channel that answers from a script.
 * The real protocol over TLS against the simulator is tested in the integration tests.
 */
class TransmitterTest {
    @TempDir
    Path dir;
    private QueueStore store;
    private final List<QueueIncident> incidents = new ArrayList<>();
    private final Deque<Object> answers = new ArrayDeque<>();

    /** Answers each send with the next scripted receipt or exception. */
    private final class ScriptedChannel implements CentralChannel {
        @Override
        public Receipt send(QueueItem item, byte[] payload, ProgressListener progress)
                throws TransmissionException, InvalidReceiptException {
            Object next = answers.poll();
            if (next instanceof TransmissionException t) {
                throw t;
            }
            if (next instanceof InvalidReceiptException r) {
                throw r;
            }
            Receipt.Status status = next == null ? Receipt.Status.ACCEPTED : (Receipt.Status) next;
            return new Receipt(item.id(), item.kind().resource(), item.sha256(), item.size(), status,
                    status == Receipt.Status.REJECTED ? "signature does not verify" : "", Instant.now(), "test", new byte[] {1});
        }
    }

    @BeforeEach
    void open() throws Exception {
        store = QueueStore.open(dir, Clock.systemUTC(), incidents::add);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Transmitter transmitter() {
        return new Transmitter(store, new ScriptedChannel(), new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), 0.2),
                Clock.systemUTC(), incidents::add, ProgressListener.NONE);
    }

    private UUID enqueue() throws Exception {
        UUID id = UUID.randomUUID();
        byte[] b = new byte[1000];
        new Random().nextBytes(b);
        store.enqueue(id, ItemKind.PACKAGE, b, null);
        return id;
    }

    @Test
    void acceptedReceiptDelivers() throws Exception {
        UUID id = enqueue();
        assertEquals(1, transmitter().sendDue());
        assertEquals(ItemState.DELIVERED, store.get(id).orElseThrow().state());
    }

    @Test
    void unreachableCentralBacksOffAndGoesOffline() throws Exception {
        UUID id = enqueue();
        answers.add(new TransmissionException("connection refused", false, true, null));
        Transmitter t = transmitter();
        Instant before = Instant.now();
        assertEquals(0, t.sendDue());
        QueueItem item = store.get(id).orElseThrow();
        assertEquals(ItemState.QUEUED, item.state());
        // failure time (>= before) + first backoff (20 ms - 20 % jitter)
        assertTrue(!item.nextAttemptAt().isBefore(before.plusMillis(16)), "backs off: " + item.nextAttemptAt() + " vs " + before);
        assertTrue(item.lastError().contains("connection refused"));
        assertEquals(Connectivity.State.OFFLINE, t.connectivity().state());
        assertTrue(t.drain(Duration.ofSeconds(5)), "drains once the central system answers");
        assertEquals(ItemState.DELIVERED, store.get(id).orElseThrow().state());
        assertEquals(2, store.get(id).orElseThrow().attempts());
        assertEquals(Connectivity.State.ONLINE, t.connectivity().state());
    }

    @Test
    void conflictNeedsAPersonAndIsAnIncident() throws Exception {
        UUID id = enqueue();
        answers.add(TransmissionException.permanentFailure("the central system already holds id (409 conflict)"));
        transmitter().sendDue();
        assertEquals(ItemState.FAILED, store.get(id).orElseThrow().state());
        assertEquals(QueueIncident.Type.ID_CONFLICT, incidents.get(0).type());
        assertTrue(store.retry(id));
        assertEquals(1, transmitter().sendDue());
    }

    @Test
    void invalidReceiptNeverDeliversAndIsAnIncident() throws Exception {
        UUID id = enqueue();
        answers.add(new InvalidReceiptException("receipt signature does not verify with the pinned central certificate"));
        transmitter().sendDue();
        assertEquals(ItemState.QUEUED, store.get(id).orElseThrow().state());
        assertEquals(QueueIncident.Type.RECEIPT_INVALID, incidents.get(0).type());
    }

    @Test
    void rejectedPackageIsFailedNotDelivered() throws Exception {
        UUID id = enqueue();
        answers.add(Receipt.Status.REJECTED);
        transmitter().sendDue();
        assertEquals(ItemState.FAILED, store.get(id).orElseThrow().state());
        assertEquals(QueueIncident.Type.REJECTED_BY_CENTRAL, incidents.get(0).type());
    }

    /** Delivers everything after a pause, counting sends per item and how many ran at once. */
    private static final class SlowChannel implements CentralChannel {
        final java.util.Map<UUID, Integer> sends = new java.util.concurrent.ConcurrentHashMap<>();
        final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        final java.util.concurrent.atomic.AtomicInteger mostAtOnce = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Receipt send(QueueItem item, byte[] payload, ProgressListener progress) {
            sends.merge(item.id(), 1, Integer::sum);
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                running.decrementAndGet();
            }
            return new Receipt(item.id(), item.kind().resource(), item.sha256(), item.size(), Receipt.Status.ACCEPTED, "",
                    Instant.now(), "test", new byte[] {1});
        }
    }

    @Test
    void uploadsRunInParallelUpToTheLimitAndEachItemIsSentOnce() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(enqueue());
        }
        SlowChannel channel = new SlowChannel();
        try (Transmitter t = new Transmitter(store, channel, Backoff.standard(), Clock.systemUTC(), incidents::add,
                ProgressListener.NONE, 3)) {
            assertEquals(10, t.sendDue());
        }
        assertEquals(3, channel.mostAtOnce.get(), "three uploads in flight at most, and three reached");
        for (UUID id : ids) {
            assertEquals(1, channel.sends.get(id), "sent once: " + id);
            assertEquals(ItemState.DELIVERED, store.get(id).orElseThrow().state());
        }
        assertTrue(incidents.isEmpty(), incidents.toString());
    }

    @Test
    void twoCallersAtOnceNeverSendTheSameItemTwice() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add(enqueue());
        }
        SlowChannel channel = new SlowChannel();
        try (Transmitter t = new Transmitter(store, channel, Backoff.standard(), Clock.systemUTC(), incidents::add,
                ProgressListener.NONE, 2)) {
            java.util.concurrent.atomic.AtomicInteger delivered = new java.util.concurrent.atomic.AtomicInteger();
            Thread other = new Thread(() -> delivered.addAndGet(t.sendDue()));
            other.start();
            delivered.addAndGet(t.sendDue());
            other.join();
            delivered.addAndGet(t.sendDue()); // whatever the two left to each other
            assertEquals(8, delivered.get());
        }
        for (UUID id : ids) {
            assertEquals(1, channel.sends.get(id), "sent once: " + id);
        }
    }

    @Test
    void aParallelUploadLimitBelowOneIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Transmitter(store,
                new SlowChannel(), Backoff.standard(), Clock.systemUTC(), incidents::add, ProgressListener.NONE, 0));
    }

    @Test
    void backoffGrowsExponentiallyWithinItsJitter() {
        Backoff b = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10), 0.2);
        Random r = new Random(1);
        for (int attempt = 1; attempt <= 12; attempt++) {
            long expected = Math.min(2000L << (attempt - 1), 600_000L);
            long got = b.delay(attempt, r).toMillis();
            assertTrue(got >= expected * 0.8 && got <= expected * 1.2, attempt + ": " + got + " vs " + expected);
        }
    }
}
