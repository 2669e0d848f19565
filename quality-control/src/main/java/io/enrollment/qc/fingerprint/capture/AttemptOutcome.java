package io.enrollment.qc.fingerprint.capture;

import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.sample.FingerPosition;

/** What became of one capture attempt. */
public sealed interface AttemptOutcome {
    FingerPosition finger();

    /** One sentence for the operator. */
    String message();

    /** The print passed and is not a duplicate: the finger is done. */
    record Accepted(FingerPosition finger, CapturedPrint print) implements AttemptOutcome {
        @Override
        public String message() {
            return finger + " accepted (quality " + print.score() + ")";
        }
    }

    /** The print failed quality; capture the same finger again. The best attempt so far is kept. */
    record RetryNeeded(FingerPosition finger, int attempt, int attemptsLeft, QualityReport report, String guidance)
            implements AttemptOutcome {
        @Override
        public String message() {
            return finger + ": attempt " + attempt + " not accepted; " + guidance + " (" + attemptsLeft + " attempt(s) left)";
        }
    }

    /**
     * The print matches another finger already accepted in this session: the same finger was presented twice.
     * Refused; it does not count as an attempt.
     */
    record Duplicate(FingerPosition finger, FingerPosition matches, double score) implements AttemptOutcome {
        @Override
        public String message() {
            return "refused: this print is the same finger as the " + matches + " already captured (match score "
                    + Math.round(score) + "); present the " + finger;
        }
    }

    /**
     * No attempt passed: the best one is kept without a template, and the finger has a pending UNREADABLE
     * exception that an operator must confirm.
     */
    record AttemptsExhausted(FingerPosition finger, CapturedPrint best) implements AttemptOutcome {
        @Override
        public String message() {
            return finger + ": no attempt reached the quality threshold; best score " + best.score()
                    + " kept without a template; an operator must confirm the finger as unreadable";
        }
    }
}
