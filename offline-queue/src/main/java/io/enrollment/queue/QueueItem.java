package io.enrollment.queue;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One row of the queue: the minimal plaintext metadata (the payload itself is sealed to the central system).
 *
 * @param sha256        hex SHA-256 of the sealed payload; the transmission is idempotent on id + sha256
 * @param nextAttemptAt when the transmitter may try again
 * @param lastError     why the last attempt failed, empty if none
 * @param receivedAt    the central system's receipt time, once DELIVERED
 */
public record QueueItem(UUID id, ItemKind kind, Instant createdAt, long size, String sha256, ItemState state,
                        int attempts, Instant nextAttemptAt, String lastError, Instant receivedAt) {
    public QueueItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        lastError = lastError == null ? "" : lastError;
    }

    public Optional<Instant> received() {
        return Optional.ofNullable(receivedAt);
    }
}
