package io.enrollment.qc.fingerprint.capture;

import io.enrollment.core.sample.FingerPosition;
import java.util.Objects;
import java.util.Optional;

/**
 * A finger recorded as not captured, with its reason. It counts only once an operator has confirmed it.
 *
 * @param finger      which finger
 * @param reason      why
 * @param note        what the operator wrote (may be empty)
 * @param confirmedBy the confirming operator's id, or null while pending
 */
public record FingerException(FingerPosition finger, MissingFingerReason reason, String note, String confirmedBy) {
    public FingerException {
        Objects.requireNonNull(finger, "finger");
        Objects.requireNonNull(reason, "reason");
        note = note == null ? "" : note;
    }

    public boolean confirmed() {
        return confirmedBy != null;
    }

    public Optional<String> confirmer() {
        return Optional.ofNullable(confirmedBy);
    }

    FingerException confirm(String operator) {
        return new FingerException(finger, reason, note, operator);
    }
}
