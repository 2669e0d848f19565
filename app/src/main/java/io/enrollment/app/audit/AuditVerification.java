package io.enrollment.app.audit;

import io.enrollment.core.audit.ChainBreak;
import java.util.Optional;

/**
 * The outcome of {@code workstation audit verify}.
 *
 * @param records      records read
 * @param intact       records before the first break (all of them when there is none)
 * @param head         hash of the last intact record
 * @param firstBreak   the first broken record, if any
 * @param anchors      signed anchors whose signature and head hash verified
 * @param anchorProblem the first anchor that did not verify, if any
 */
public record AuditVerification(long records, long intact, String head, Optional<ChainBreak> firstBreak,
                                int anchors, Optional<String> anchorProblem) {
    public boolean ok() {
        return firstBreak.isEmpty() && anchorProblem.isEmpty();
    }
}
