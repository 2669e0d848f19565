package io.enrollment.app.headless;

import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.queue.transmit.InvalidReceiptException;
import io.enrollment.queue.transmit.Receipt;
import io.enrollment.queue.transmit.ReceiptVerifier;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Waits until the items this run queued have left the queue's pending states (delivered, or failed and needing
 * a person), and checks each delivered package's stored receipt once more against the pinned central
 * certificate: signed by it, accepted, and naming exactly the item sent.
 */
final class DeliveryWatch {
    private static final long POLL_MILLIS = 100;
    private final QueueStore queue;
    private final ReceiptVerifier receipts;

    /** What became of one item. */
    record Outcome(UUID id, Optional<QueueItem> item, Optional<String> receiptProblem) {
        boolean delivered() {
            return item.map(i -> i.state() == ItemState.DELIVERED).orElse(false);
        }

        boolean verified() {
            return delivered() && receiptProblem.isEmpty();
        }

        /** For the output: state and last error, or the receipt's problem. */
        String describe() {
            if (item.isEmpty()) {
                return "not in the queue";
            }
            QueueItem i = item.get();
            if (i.state() == ItemState.DELIVERED) {
                return receiptProblem.map(p -> "DELIVERED but the receipt does not verify: " + p).orElse("DELIVERED, receipt verified");
            }
            return i.state() + " after " + i.attempts() + " attempt(s)" + (i.lastError().isEmpty() ? "" : ": " + i.lastError());
        }
    }

    DeliveryWatch(QueueStore queue, X509Certificate central) {
        this.queue = queue;
        this.receipts = new ReceiptVerifier(central);
    }

    /**
     * @return each id's outcome, in the order given; those still pending at the timeout say so
     */
    Map<UUID, Outcome> await(Collection<UUID> ids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (ids.stream().anyMatch(this::pending) && System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
        }
        Map<UUID, Outcome> out = new LinkedHashMap<>();
        for (UUID id : ids) {
            Optional<QueueItem> item = queue.get(id);
            out.put(id, new Outcome(id, item, item.filter(i -> i.state() == ItemState.DELIVERED).flatMap(this::receiptProblem)));
        }
        return out;
    }

    private boolean pending(UUID id) {
        return queue.get(id).map(i -> i.state().isPending()).orElse(false);
    }

    private Optional<String> receiptProblem(QueueItem item) {
        Optional<byte[]> document = queue.receipt(item.id());
        if (document.isEmpty()) {
            return Optional.of("no receipt stored");
        }
        try {
            Receipt r = receipts.verify(document.get(), item);
            return r.status() == Receipt.Status.ACCEPTED ? Optional.empty() : Optional.of("receipt status " + r.status() + ": " + r.reason());
        } catch (InvalidReceiptException e) {
            return Optional.of(e.getMessage());
        }
    }
}
