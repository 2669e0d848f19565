package io.enrollment.queue.transmit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The central system's signed confirmation that it holds an item (see {@code docs/protocol.md}).
 *
 * @param raw the receipt document exactly as received (kept with the delivered row as proof)
 */
public record Receipt(UUID id, String kind, String sha256, long size, Status status, String reason,
                      Instant receivedAt, String central, byte[] raw) {
    public enum Status { ACCEPTED, REJECTED }

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        reason = reason == null ? "" : reason;
        central = central == null ? "" : central;
        raw = raw.clone();
    }

    @Override
    public byte[] raw() {
        return raw.clone();
    }
}
