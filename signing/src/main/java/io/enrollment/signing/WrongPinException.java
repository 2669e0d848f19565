package io.enrollment.signing;

import java.util.OptionalInt;

/**
 * The token rejected the PIN. PKCS#11 tokens do not report a retry count in the standard
 * interface; they only flag "count low", "final try" and "locked". So {@link #remainingTries()}
 * is known (1) only when the token flags the final try, and {@link #countLow()} says whether the
 * token warned that few tries remain. {@link #failuresInARow()} counts this workstation's
 * consecutive failures for this token.
 */
public final class WrongPinException extends SigningException {
    private static final long serialVersionUID = 1L;

    private final int remainingTries;
    private final boolean countLow;
    private final int failuresInARow;

    public WrongPinException(String message, OptionalInt remainingTries, boolean countLow, int failuresInARow) {
        super(SigningError.WRONG_PIN, message);
        this.remainingTries = remainingTries.orElse(-1);
        this.countLow = countLow;
        this.failuresInARow = failuresInARow;
    }

    /** Tries left before the token locks, where the token reports it. */
    public OptionalInt remainingTries() {
        return remainingTries < 0 ? OptionalInt.empty() : OptionalInt.of(remainingTries);
    }

    /** The token flags that few tries remain (CKF_USER_PIN_COUNT_LOW). */
    public boolean countLow() {
        return countLow;
    }

    /** Consecutive wrong PINs for this token at this workstation, including this one. */
    public int failuresInARow() {
        return failuresInARow;
    }
}
