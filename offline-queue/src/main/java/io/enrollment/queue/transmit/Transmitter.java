package io.enrollment.queue.transmit;

import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.store.TamperedItemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the queue to the central system: due items are taken oldest first, up to {@code parallelUploads} of them in
 * flight at once (each on its own connection, so one item's round trips, server-side verification and disk syncs
 * overlap with another's transfer); on success the verified receipt makes the item DELIVERED (and its payload
 * erased); transient failures back off with jitter; permanent ones mark the item FAILED for a person. Runs on its
 * own thread ({@link #start}) or on demand ({@link #drain}). Listeners are called by one thread at a time.
 */
public final class Transmitter implements AutoCloseable {
    /** Uploads in flight by default: measured best on a 2-core workstation (docs/benchmarks.md). */
    public static final int DEFAULT_PARALLEL_UPLOADS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(Transmitter.class);
    private final QueueStore store;
    private final CentralChannel channel;
    private final Backoff backoff;
    private final Clock clock;
    private final QueueIncident.Listener incidents;
    private final ProgressListener progress;
    private final RandomGenerator random = new Random();
    private final AtomicReference<Connectivity> connectivity =
            new AtomicReference<>(new Connectivity(Connectivity.State.UNKNOWN, null, ""));
    private final Object wake = new Object();
    private final int parallelUploads;
    private final ThreadPoolExecutor uploaders;
    /** Items being sent right now, so that two callers of {@link #sendDue} never send the same item twice at once. */
    private final Set<UUID> inFlight = ConcurrentHashMap.newKeySet();
    private volatile Thread worker;

    public Transmitter(QueueStore store, CentralChannel channel, Backoff backoff, Clock clock,
                       QueueIncident.Listener incidents, ProgressListener progress) {
        this(store, channel, backoff, clock, incidents, progress, DEFAULT_PARALLEL_UPLOADS);
    }

    /**
     * @param parallelUploads how many items may be in flight at once (1: one after the other)
     */
    public Transmitter(QueueStore store, CentralChannel channel, Backoff backoff, Clock clock,
                       QueueIncident.Listener incidents, ProgressListener progress, int parallelUploads) {
        if (parallelUploads < 1) {
            throw new IllegalArgumentException("parallelUploads must be at least 1, not " + parallelUploads);
        }
        this.store = store;
        this.channel = channel;
        this.backoff = backoff;
        this.clock = clock;
        Object listenerLock = new Object(); // parallel uploads report through it one at a time
        this.incidents = one -> {
            synchronized (listenerLock) {
                incidents.onIncident(one);
            }
        };
        this.progress = (id, sent, total, rate) -> {
            synchronized (listenerLock) {
                progress.onProgress(id, sent, total, rate);
            }
        };
        this.parallelUploads = parallelUploads;
        AtomicInteger n = new AtomicInteger();
        // The caller's thread is one uploader; the others come from here and die after a minute without work.
        this.uploaders = new ThreadPoolExecutor(parallelUploads, parallelUploads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "queue-uploader-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        uploaders.allowCoreThreadTimeOut(true);
    }

    public Connectivity connectivity() {
        return connectivity.get();
    }

    /** Sends every item that is due now, once each, {@code parallelUploads} at a time. Returns how many were delivered. */
    public int sendDue() {
        ConcurrentLinkedQueue<QueueItem> due = new ConcurrentLinkedQueue<>();
        for (QueueItem item : store.due(100)) {
            if (inFlight.add(item.id())) {
                due.add(item);
            }
        }
        AtomicInteger delivered = new AtomicInteger();
        List<Future<?>> helpers = new ArrayList<>();
        try {
            for (int i = 1; i < Math.min(parallelUploads, due.size()); i++) {
                helpers.add(uploaders.submit(() -> sendFrom(due, delivered)));
            }
            sendFrom(due, delivered);
            for (Future<?> helper : helpers) {
                helper.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            helpers.forEach(h -> h.cancel(true));
        } catch (ExecutionException e) {
            throw new IllegalStateException("an upload failed unexpectedly", e.getCause());
        } finally {
            QueueItem left;
            while ((left = due.poll()) != null) { // taken out first, so no uploader can still start it
                inFlight.remove(left.id());
            }
        }
        return delivered.get();
    }

    /** One uploader: takes the oldest item not yet taken until none is left, the link is down or it is interrupted. */
    private void sendFrom(ConcurrentLinkedQueue<QueueItem> due, AtomicInteger delivered) {
        QueueItem item;
        while (!Thread.currentThread().isInterrupted() && (item = due.poll()) != null) {
            try {
                if (send(item)) {
                    delivered.incrementAndGet();
                }
            } finally {
                inFlight.remove(item.id());
            }
            if (connectivity.get().state() == Connectivity.State.OFFLINE) {
                break; // no point knocking with the rest
            }
        }
    }

    private boolean send(QueueItem item) {
        try {
            byte[] payload = store.payload(item.id());
            store.markSending(item.id());
            Receipt receipt = channel.send(item, payload, progress);
            online();
            if (receipt.status() == Receipt.Status.REJECTED) {
                store.markFailed(item.id(), "rejected by the central system: " + receipt.reason());
                incidents.onIncident(new QueueIncident(QueueIncident.Type.REJECTED_BY_CENTRAL, clock.instant(), item.id(),
                        receipt.reason()));
                return false;
            }
            store.markDelivered(item.id(), receipt.receivedAt(), receipt.raw());
            LOG.info("delivered {} {} ({} bytes) after {} attempt(s)", item.kind(), item.id(), item.size(),
                    item.attempts() + 1);
            return true;
        } catch (TamperedItemException e) {
            LOG.warn("{}", e.getMessage());
            return false;
        } catch (TransmissionException e) {
            if (e.unreachable()) {
                connectivity.set(new Connectivity(Connectivity.State.OFFLINE, connectivity.get().lastContact(), e.getMessage()));
            } else {
                online(e.getMessage());
            }
            return failed(item, e.getMessage(), e.permanent());
        } catch (InvalidReceiptException e) {
            online(e.getMessage());
            incidents.onIncident(new QueueIncident(QueueIncident.Type.RECEIPT_INVALID, clock.instant(), item.id(),
                    e.getMessage()));
            return failed(item, "invalid receipt: " + e.getMessage(), false);
        } catch (QueueException e) {
            LOG.error("queue failure while sending {}: {}", item.id(), e.getMessage());
            return false;
        }
    }

    private boolean failed(QueueItem item, String error, boolean permanent) {
        try {
            if (permanent) {
                store.markFailed(item.id(), error);
                if (error.contains("409")) {
                    incidents.onIncident(new QueueIncident(QueueIncident.Type.ID_CONFLICT, clock.instant(), item.id(), error));
                }
                LOG.warn("{} {} needs a person: {}", item.kind(), item.id(), error);
            } else {
                Instant next = clock.instant().plus(backoff.delay(item.attempts() + 1, random));
                store.markRetry(item.id(), next, error);
                LOG.info("{} {} not sent ({}); next attempt at {}", item.kind(), item.id(), error, next);
            }
        } catch (QueueException e) {
            LOG.error("cannot record the failed attempt for {}: {}", item.id(), e.getMessage());
        }
        return false;
    }

    private void online() {
        connectivity.set(new Connectivity(Connectivity.State.ONLINE, clock.instant(), ""));
    }

    private void online(String error) {
        connectivity.set(new Connectivity(Connectivity.State.ONLINE, clock.instant(), error));
    }

    /**
     * Sends until nothing is pending or {@code timeout} passes, waiting for backoffs in between.
     *
     * @return true when the queue is empty of pending items
     */
    public boolean drain(Duration timeout) throws InterruptedException {
        Instant deadline = clock.instant().plus(timeout);
        while (true) {
            sendDue();
            if (store.counts().pending() == 0) {
                return true;
            }
            Instant now = clock.instant();
            if (!now.isBefore(deadline)) {
                return false;
            }
            Instant next = store.nextDue().orElse(now);
            long waitMs = Math.max(10, Math.min(Duration.between(now, next).toMillis(), Duration.between(now, deadline).toMillis()));
            Thread.sleep(waitMs);
        }
    }

    /** Starts the background worker: it sends what is due and sleeps until the next item is due or {@link #wake()}. */
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = new Thread(this::loop, "queue-transmitter");
        worker.setDaemon(true);
        worker.start();
    }

    /** New item queued, or the operator pressed retry: try now. */
    public void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                sendDue();
                Instant now = clock.instant();
                long waitMs = store.nextDue().map(n -> Duration.between(now, n).toMillis()).orElse(60_000L);
                synchronized (wake) {
                    wake.wait(Math.max(50, Math.min(waitMs, 60_000L)));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The worker must outlive a bad moment of the database; it logs and tries again later.
                LOG.error("transmitter loop failed: {}", e.toString());
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        Thread w = worker;
        worker = null;
        if (w != null) {
            w.interrupt();
            try {
                w.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        uploaders.shutdownNow();
    }
}
