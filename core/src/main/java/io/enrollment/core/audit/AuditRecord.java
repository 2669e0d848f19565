package io.enrollment.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One link of the hash-chained audit trail.
 *
 * @param sequence     1 for the first record, then +1 each
 * @param at           when it was recorded
 * @param entry        what was recorded
 * @param previousHash hex SHA-256 of the previous record ({@link AuditChain#GENESIS} for the first)
 * @param hash         hex SHA-256 over this record's canonical form including {@code previousHash}
 */
public record AuditRecord(long sequence, Instant at, AuditEntry entry, String previousHash, String hash) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public AuditRecord {
        if (sequence < 1) {
            throw new IllegalArgumentException("audit sequence must start at 1, was " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(entry, "entry");
        requireHex("previousHash", previousHash);
        requireHex("hash", hash);
    }

    private static void requireHex(String name, String value) {
        Objects.requireNonNull(value, name);
        if (!HEX64.matcher(value).matches()) {
            throw new IllegalArgumentException("audit " + name + " is not 64 lower-case hex digits: " + value);
        }
    }
}
