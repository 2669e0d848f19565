package io.enrollment.signing.token;

import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SecurityEventListener;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts consecutive wrong PINs per token at this workstation and raises security events:
 * every failure is a {@link SecurityEvent.Type#LOGIN_FAILED}; reaching {@code alertAfter} failures in
 * a row is a {@link SecurityEvent.Type#REPEATED_LOGIN_FAILURES}; reaching {@code lockAfter} locks the
 * token at this workstation ({@link SecurityEvent.Type#PIN_LOCKED}) until {@link #unlock(String)}
 * (a supervisor action). This workstation-side lock also protects tokens that never lock their PIN
 * themselves (SoftHSM2 only sets "count low"). A good PIN resets the count.
 *
 * <p>One instance per workstation, shared by every login; thread-safe. State is in memory only.
 */
public final class LoginGuard {
    private final int alertAfter;
    private final int lockAfter;
    private final SecurityEventListener listener;
    private final Clock clock;
    private final Map<String, Integer> failures = new HashMap<>();

    /**
     * @param alertAfter consecutive failures that raise REPEATED_LOGIN_FAILURES (>= 1)
     * @param lockAfter  consecutive failures that lock the token here (>= alertAfter)
     */
    public LoginGuard(int alertAfter, int lockAfter, SecurityEventListener listener, Clock clock) {
        if (alertAfter < 1 || lockAfter < alertAfter) {
            throw new IllegalArgumentException("need 1 <= alertAfter <= lockAfter, got " + alertAfter + ", " + lockAfter);
        }
        this.alertAfter = alertAfter;
        this.lockAfter = lockAfter;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Default policy: alert after 3 wrong PINs in a row, lock after 5. */
    public static LoginGuard standard(SecurityEventListener listener, Clock clock) {
        return new LoginGuard(3, 5, listener, clock);
    }

    /** Throws PIN_LOCKED if this workstation has locked the token. */
    public synchronized void checkNotLocked(String token) throws SigningException {
        int n = failures.getOrDefault(token, 0);
        if (n >= lockAfter) {
            throw new SigningException(SigningError.PIN_LOCKED, "token " + token + " is locked at this workstation after "
                    + n + " wrong PINs in a row; a supervisor must unlock it");
        }
    }

    /** Records a wrong PIN; returns the number of failures in a row, this one included. */
    public synchronized int recordFailure(String token, String detail) {
        int n = failures.merge(token, 1, Integer::sum);
        publish(SecurityEvent.Type.LOGIN_FAILED, token, "wrong PIN (" + n + " in a row): " + detail);
        if (n == alertAfter) {
            publish(SecurityEvent.Type.REPEATED_LOGIN_FAILURES, token, n + " wrong PINs in a row");
        }
        if (n == lockAfter) {
            publish(SecurityEvent.Type.PIN_LOCKED, token, "locked at this workstation after " + n + " wrong PINs in a row");
        }
        return n;
    }

    /** Records that the token itself reports its PIN locked. */
    public synchronized void recordTokenLocked(String token) {
        publish(SecurityEvent.Type.PIN_LOCKED, token, "the token reports its PIN locked");
    }

    /** Records a good PIN: the count starts again. */
    public synchronized void recordSuccess(String token) {
        failures.remove(token);
    }

    /** Whether a failure now would be the one that locks the token here. */
    public synchronized boolean nextFailureLocks(String token) {
        return failures.getOrDefault(token, 0) + 1 >= lockAfter;
    }

    /** Lifts this workstation's lock on a token (supervisor action). */
    public synchronized void unlock(String token) {
        failures.remove(token);
    }

    /** Publishes another event through the same listener (used by sessions). */
    public void publish(SecurityEvent.Type type, String token, String detail) {
        listener.onSecurityEvent(new SecurityEvent(type, clock.instant(), token, "", detail));
    }

    /** Publishes an event that names the officer's certificate subject. */
    public void publish(SecurityEvent.Type type, String token, String subject, String detail) {
        listener.onSecurityEvent(new SecurityEvent(type, clock.instant(), token, subject, detail));
    }

    Clock clock() {
        return clock;
    }
}
