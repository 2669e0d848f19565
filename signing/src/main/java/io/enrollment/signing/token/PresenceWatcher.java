package io.enrollment.signing.token;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningError;
import io.enrollment.signing.SigningException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Polls a session's token ({@link OfficerSession#checkPresent()}) and, when the card is pulled,
 * calls {@code onRemoved} once (the app locks the workstation). The session has then already ended
 * and published its TOKEN_REMOVED event. Stops when the session closes. Polling is needed because
 * PKCS#11 slot events (C_WaitForSlotEvent) are not available through SunPKCS11.
 */
public final class PresenceWatcher implements AutoCloseable {
    private final ScheduledFuture<?> task;

    /**
     * Starts watching.
     *
     * @param executor  the app's scheduler (not owned: not shut down here)
     * @param interval  how often to look, e.g. 1 s (a slot check costs well under 1 ms)
     * @param onRemoved called once, on the executor's thread, with the reason
     */
    public PresenceWatcher(OfficerSession session, ScheduledExecutorService executor, Duration interval,
                           java.util.function.Consumer<SigningException> onRemoved) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(onRemoved, "onRemoved");
        long ms = Math.max(50, interval.toMillis());
        final ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        Runnable check = () -> {
            try {
                session.checkPresent();
            } catch (SigningException e) {
                if (e.error() == SigningError.TOKEN_REMOVED) {
                    onRemoved.accept(e);
                }
                synchronized (self) {
                    if (self[0] != null) {
                        self[0].cancel(false);
                    }
                }
                throw new IllegalStateException("session ended: " + e.getMessage());
            }
        };
        synchronized (self) {
            self[0] = executor.scheduleWithFixedDelay(check, ms, ms, TimeUnit.MILLISECONDS);
            this.task = self[0];
        }
    }

    /** Stops watching. */
    @Override
    public void close() {
        task.cancel(false);
    }
}
