package io.enrollment.core.audit;

import io.enrollment.core.Bytes;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * The hash chain of the audit trail: each record's hash covers its fields and the previous record's hash,
 * so changing, removing or inserting a record breaks every later link. The canonical form is
 * length-prefixed ({@code len:value;} per field), so no field content can imitate a field boundary.
 */
public final class AuditChain {
    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The record that follows {@code previous} (empty for the first record).
     *
     * @throws IllegalArgumentException when {@code at} is before the previous record's time
     */
    public static AuditRecord next(Optional<AuditRecord> previous, AuditEntry entry, Instant at) {
        long sequence = previous.map(p -> p.sequence() + 1).orElse(1L);
        String previousHash = previous.map(AuditRecord::hash).orElse(GENESIS);
        return new AuditRecord(sequence, at, entry, previousHash, hash(sequence, at, entry, previousHash));
    }

    /** Hex SHA-256 of the canonical form of these fields. */
    public static String hash(long sequence, Instant at, AuditEntry entry, String previousHash) {
        StringBuilder b = new StringBuilder(256);
        field(b, "audit-v1");
        field(b, Long.toString(sequence));
        field(b, at.toString());
        field(b, entry.action().name());
        field(b, entry.actor());
        field(b, entry.target());
        field(b, entry.outcome());
        field(b, entry.note());
        field(b, previousHash);
        return Bytes.sha256Hex(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void field(StringBuilder b, String value) {
        b.append(value.length()).append(':').append(value).append(';');
    }
}
