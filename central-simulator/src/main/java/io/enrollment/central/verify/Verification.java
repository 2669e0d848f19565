package io.enrollment.central.verify;

import java.util.Objects;

/**
 * The outcome of verifying a completed upload.
 *
 * @param accepted whether the item is accepted
 * @param reason   why it was rejected; {@code null} when accepted
 */
public record Verification(boolean accepted, String reason) {
    public Verification {
        if (accepted && reason != null) {
            throw new IllegalArgumentException("an accepted item has no rejection reason");
        }
        if (!accepted) {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static Verification accept() {
        return new Verification(true, null);
    }

    public static Verification reject(String reason) {
        return new Verification(false, reason);
    }
}
