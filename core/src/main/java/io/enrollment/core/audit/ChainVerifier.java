package io.enrollment.core.audit;

import java.util.Optional;

/**
 * Checks an audit trail record by record, in order, without holding it in memory; stops at the first
 * broken record. Not thread-safe: one verifier per pass.
 */
public final class ChainVerifier {
    private long position;
    private long expectedSequence = 1;
    private String expectedPrevious = AuditChain.GENESIS;
    private ChainBreak broken;

    /**
     * Takes the next record of the log.
     *
     * @return the break, if this record (or an earlier one) breaks the chain
     */
    public Optional<ChainBreak> accept(AuditRecord record) {
        if (broken != null) {
            return Optional.of(broken);
        }
        position++;
        if (record.sequence() != expectedSequence) {
            return fail(record.sequence(), "sequence " + record.sequence() + " where " + expectedSequence
                    + " was expected: a record was removed, inserted or reordered");
        }
        if (!record.previousHash().equals(expectedPrevious)) {
            return fail(record.sequence(), "its previous-hash does not match the record before it");
        }
        String recomputed = AuditChain.hash(record.sequence(), record.at(), record.entry(), record.previousHash());
        if (!recomputed.equals(record.hash())) {
            return fail(record.sequence(), "its content does not match its hash: the record was changed");
        }
        expectedSequence++;
        expectedPrevious = record.hash();
        return Optional.empty();
    }

    /** Records a line that could not be read as a record. */
    public ChainBreak unreadable(String reason) {
        if (broken == null) {
            position++;
            broken = new ChainBreak(position, -1, "unreadable record: " + reason);
        }
        return broken;
    }

    private Optional<ChainBreak> fail(long sequence, String reason) {
        broken = new ChainBreak(position, sequence, reason);
        return Optional.of(broken);
    }

    /** Records accepted so far as intact. */
    public long intactCount() {
        return broken == null ? position : position - 1;
    }

    /** The hash of the last intact record ({@link AuditChain#GENESIS} if none). */
    public String head() {
        return expectedPrevious;
    }

    public Optional<ChainBreak> firstBreak() {
        return Optional.ofNullable(broken);
    }
}
