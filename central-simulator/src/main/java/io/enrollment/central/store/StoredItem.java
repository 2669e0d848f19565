package io.enrollment.central.store;

import io.enrollment.central.ItemKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A completed item: its metadata and the receipt it was answered with (stored, so a duplicate gets
 * the very same receipt).
 *
 * @param kind       package or event
 * @param id         UUID
 * @param eventKind  the event's kind, {@code null} for packages
 * @param sha256     hex SHA-256 declared by the client
 * @param size       bytes
 * @param status     {@code ACCEPTED} or {@code REJECTED}
 * @param reason     rejection reason, or {@code null}
 * @param receivedAt the receipt's time
 * @param client     subject of the client certificate that completed it
 * @param receipt    the receipt JSON bytes as signed
 * @param signature  the central system's signature over {@code receipt}
 */
public record StoredItem(ItemKind kind, String id, String eventKind, String sha256, long size, String status,
                         String reason, Instant receivedAt, String client, byte[] receipt, byte[] signature) {
    public StoredItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        receipt = receipt.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] receipt() {
        return receipt.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }
}
