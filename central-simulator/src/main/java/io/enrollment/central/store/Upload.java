package io.enrollment.central.store;

import io.enrollment.central.ItemKind;
import java.util.Objects;

/**
 * An upload in progress: what the client declared when it started. The bytes received so far are
 * the partial file; its length is the offset.
 *
 * @param kind      package or event
 * @param id        UUID
 * @param eventKind the event's kind, {@code null} for packages
 * @param sha256    declared hex SHA-256 of all bytes
 * @param length    declared total size
 */
public record Upload(ItemKind kind, String id, String eventKind, String sha256, long length) {
    public Upload {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Whether another declaration is for the same bytes. */
    public boolean sameBytes(String otherSha256, long otherLength) {
        return sha256.equals(otherSha256) && length == otherLength;
    }
}
