package io.enrollment.queue.transmit;

import io.enrollment.queue.QueueException;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.store.TamperedItemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the queue to the central system: oldest due item first; on success the verified receipt makes the
 * item DELIVERED (and its payload erased); transient failures back off with jitter; permanent ones mark the
 * item FAILED for a person. Runs on its own thread ({@link #start}) or on demand ({@link #drain}).
 */
public final class Transmitter implements AutoCloseable {
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
    private volatile Thread worker;

    public Transmitter(QueueStore store, CentralChannel channel, Backoff backoff, Clock clock,
                       QueueIncident.Listener incidents, ProgressListener progress) {
        this.store = store;
        this.channel = channel;
        this.backoff = backoff;
        this.clock = clock;
        this.incidents = incidents;
        this.progress = progress;
    }

    public Connectivity connectivity() {
        return connectivity.get();
    }

    /** Sends every item that is due now, once each. Returns how many were delivered. */
    public int sendDue() {
        int delivered = 0;
        List<QueueItem> due = store.due(100);
        for (QueueItem item : due) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            if (send(item)) {
                delivered++;
            } else if (connectivity.get().state() == Connectivity.State.OFFLINE) {
                break; // no point knocking with the rest
            }
        }
        return delivered;
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
    }
}
