package io.enrollment.app.session;

import io.enrollment.signing.OfficerSession;
import io.enrollment.signing.SigningException;
import java.util.concurrent.ScheduledExecutorService;

/** Where the officer's card or token sits: what the login screen logs in with and watches. */
public interface TokenSlot {
    /** Whether a card is in the slot now; slots that cannot tell before login answer true. */
    boolean cardPresent();

    /**
     * Logs in with {@code pin}; the caller wipes the array afterwards.
     *
     * @throws SigningException WRONG_PIN, PIN_LOCKED, NO_TOKEN, certificate problems …
     */
    OfficerSession login(char[] pin) throws SigningException;

    /**
     * Watches a logged-in session and calls {@code onRemoved} once (on a scheduler thread) when its card is
     * pulled; the session has ended by then.
     *
     * @return stops watching when closed
     */
    AutoCloseable watch(OfficerSession session, ScheduledExecutorService scheduler, Runnable onRemoved);

    /** For display: the library and slot, or the demo card file. */
    String description();
}
