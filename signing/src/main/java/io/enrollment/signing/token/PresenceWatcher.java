package io.enrollment.signing.token;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Polls a session's token ({@link OfficerSession#checkPresent()}) and, when the card is pulled,
 * calls {@code onRemoved} once (the app locks the workstation). By then the session has ended and
 * published its TOKEN_REMOVED event. Polling stops when the session ends for any reason (an
 * exception thrown from a periodic task cancels its later runs). Polling is used because SunPKCS11
 * does not expose PKCS#11 slot events (C_WaitForSlotEvent).
 */
public final class PresenceWatcher implements AutoCloseable {
    private final ScheduledFuture<?> task;

    /**
     * Starts watching.
     *
     * @param executor  the app's scheduler (not owned: not shut down here)
     * @param interval  how often to look, e.g. 1 s (a slot check costs well under 1 ms); at least 50 ms
     * @param onRemoved called once, on the executor's thread, with the TOKEN_REMOVED exception
     */
    public PresenceWatcher(OfficerSession session, ScheduledExecutorService executor, Duration interval,
                           Consumer<SigningException> onRemoved) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(onRemoved, "onRemoved");
        long ms = Math.max(50, interval.toMillis());
        this.task = executor.scheduleWithFixedDelay(() -> check(session, onRemoved), ms, ms, TimeUnit.MILLISECONDS);
    }

    private static void check(OfficerSession session, Consumer<SigningException> onRemoved) {
        try {
            session.checkPresent();
        } catch (SigningException e) {
            if (e.error() == SigningError.TOKEN_REMOVED) {
                onRemoved.accept(e);
            }
            throw new IllegalStateException("session ended, watching stops: " + e.getMessage(), e);
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        task.cancel(false);
    }
}
