package io.enrollment.signing;

/**
 * Receives {@link SecurityEvent}s. The incident register implements this; until it exists the app
 * can log them. Called on the thread that saw the event; implementations must not block for long
 * and must not throw.
 */
@FunctionalInterface
public interface SecurityEventListener {
    /** A listener that drops every event (for tools that have no incident register). */
    SecurityEventListener NONE = event -> { };

    void onSecurityEvent(SecurityEvent event);
}
