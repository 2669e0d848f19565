package io.enrollment.queue;

import java.time.Instant;
import java.util.Optional;

/**
 * The queue at a glance, for the status bar, {@code workstation queue status} and the self-check.
 *
 * @param oldestPending creation time of the oldest item still waiting
 */
public record QueueCounts(int queued, int sending, int failed, int delivered, int purged,
                          long pendingBytes, Optional<Instant> oldestPending) {
    /** Items still on this workstation and waiting for the central system. */
    public int pending() {
        return queued + sending;
    }
}
