package io.enrollment.app.session;

import io.enrollment.app.fx.TaskExecutor;
import io.enrollment.core.Officer;
import io.enrollment.signing.OfficerSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is logged in at this workstation, and the locks: the card pulled locks at once, no input for the idle
 * period locks too. Locking ends the token session and tells every listener (the enrollment in progress
 * discards its data). Lives on the UI thread; the card watcher hops there through the executor.
 */
public final class OfficerSessions {
    private static final Logger LOG = LoggerFactory.getLogger(OfficerSessions.class);
    private final TokenSlot slot;
    private final ScheduledExecutorService scheduler;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Duration idleLimit;
    private final ReadOnlyObjectWrapper<OfficerSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LockReason> lastLock = new ReadOnlyObjectWrapper<>();
    private final List<Consumer<LockReason>> lockListeners = new ArrayList<>();
    private final List<Consumer<OfficerSession>> startListeners = new ArrayList<>();
    private final List<java.util.function.BiConsumer<OfficerSession, LockReason>> endListeners = new ArrayList<>();
    private AutoCloseable watch;
    private Instant lastActivity;

    public OfficerSessions(TokenSlot slot, ScheduledExecutorService scheduler, TaskExecutor executor, Clock clock,
                           Duration idleLimit) {
        this.slot = Objects.requireNonNull(slot, "slot");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idleLimit = Objects.requireNonNull(idleLimit, "idleLimit");
        this.lastActivity = clock.instant();
    }

    public TokenSlot slot() {
        return slot;
    }

    /** Takes over a session that has just logged in, and starts watching its card. */
    public void start(OfficerSession s) {
        if (session.get() != null) {
            lock(LockReason.LOGGED_OUT);
        }
        session.set(s);
        lastLock.set(null);
        lastActivity = clock.instant();
        watch = slot.watch(s, scheduler, () -> executor.onUiThread(() -> {
            if (session.get() == s) {
                lock(LockReason.CARD_REMOVED);
            }
        }));
        LOG.info("officer logged in: role {}, certificate serial {}", s.officer().role(), s.officer().serialHex());
        for (Consumer<OfficerSession> l : List.copyOf(startListeners)) {
            l.accept(s);
        }
    }

    /** Ends the session (if any) and returns to the login screen. */
    public void lock(LockReason reason) {
        OfficerSession s = session.get();
        if (s == null) {
            return;
        }
        try {
            if (watch != null) {
                watch.close();
            }
        } catch (Exception e) { // closing a watcher cannot fail in a way that matters: it only cancels a timer
            LOG.debug("stopping the card watcher: {}", e.toString());
        }
        watch = null;
        for (java.util.function.BiConsumer<OfficerSession, LockReason> l : List.copyOf(endListeners)) {
            try {
                l.accept(s, reason);
            } catch (RuntimeException e) { // the edge: the lock must happen whatever a listener does
                LOG.error("a session-end listener failed; locking anyway", e);
            }
        }
        s.close();
        lastLock.set(reason);
        session.set(null);
        LOG.info("workstation locked: {}", reason);
        for (Consumer<LockReason> l : List.copyOf(lockListeners)) {
            l.accept(reason);
        }
    }

    /** The officer did something (key, mouse): the idle period starts again. */
    public void touch() {
        lastActivity = clock.instant();
    }

    /** Locks if nobody touched the workstation for the idle period; call every few seconds. */
    public void checkIdle() {
        if (session.get() != null && Duration.between(lastActivity, clock.instant()).compareTo(idleLimit) >= 0) {
            lock(LockReason.IDLE);
        }
    }

    public void addLockListener(Consumer<LockReason> listener) {
        lockListeners.add(listener);
    }

    /** Told when an officer's session begins (after login). */
    public void addStartListener(Consumer<OfficerSession> listener) {
        startListeners.add(listener);
    }

    /**
     * Told when a session ends, before it is closed: a token still present can sign once more (the audit
     * anchor at logout). After a card removal the session has already ended.
     */
    public void addEndListener(java.util.function.BiConsumer<OfficerSession, LockReason> listener) {
        endListeners.add(listener);
    }

    public void removeLockListener(Consumer<LockReason> listener) {
        lockListeners.remove(listener);
    }

    public ReadOnlyObjectProperty<OfficerSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LockReason> lastLockProperty() {
        return lastLock.getReadOnlyProperty();
    }

    public Optional<OfficerSession> current() {
        return Optional.ofNullable(session.get());
    }

    /** The logged-in officer; throws when nobody is. */
    public Officer officer() {
        return current().map(OfficerSession::officer).orElseThrow(() -> new IllegalStateException("nobody is logged in"));
    }
}
