package io.enrollment.queue.transmit;

import io.enrollment.queue.QueueItem;

/** Sends one sealed item to the central system and returns its verified receipt. */
public interface CentralChannel {
    /**
     * Sends {@code payload} (resuming where the central system stands) and returns the verified receipt.
     *
     * @throws TransmissionException  when it did not arrive (transient or permanent)
     * @throws InvalidReceiptException when an answer came but does not prove delivery
     */
    Receipt send(QueueItem item, byte[] payload, ProgressListener progress)
            throws TransmissionException, InvalidReceiptException;
}
