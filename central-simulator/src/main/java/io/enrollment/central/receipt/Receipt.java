package io.enrollment.central.receipt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;

/**
 * What the central system confirms about one item ({@code docs/protocol.md} §4).
 *
 * @param id         the item's UUID
 * @param kind       {@code packages} or {@code events}
 * @param sha256     hex SHA-256 the client declared (and, when accepted, the bytes have)
 * @param size       bytes
 * @param status     {@code ACCEPTED} or {@code REJECTED}
 * @param reason     why it was rejected, {@code null} when accepted
 * @param receivedAt when the central system completed it (its own clock)
 * @param central    the central system's name
 */
public record Receipt(String id, String kind, String sha256, long size, String status, String reason,
                      Instant receivedAt, String central) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(central, "central");
    }

    /** The receipt JSON as signed: UTF-8, fields in the documented order. */
    public byte[] toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", id);
        n.put("kind", kind);
        n.put("sha256", sha256);
        n.put("size", size);
        n.put("status", status);
        if (reason == null) {
            n.putNull("reason");
        } else {
            n.put("reason", reason);
        }
        n.put("receivedAt", receivedAt.toString());
        n.put("central", central);
        try {
            return JSON.writeValueAsBytes(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a receipt", e);
        }
    }
}
