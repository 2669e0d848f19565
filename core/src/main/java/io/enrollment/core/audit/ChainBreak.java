package io.enrollment.core.audit;

/**
 * The first place where the audit trail stops being trustworthy.
 *
 * @param position 1-based position of the record in the log (its line), which is what a person looks at
 * @param sequence the sequence number the record claims, or -1 when it could not be read at all
 * @param reason   what exactly is wrong
 */
public record ChainBreak(long position, long sequence, String reason) {
}
