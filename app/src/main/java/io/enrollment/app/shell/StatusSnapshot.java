package io.enrollment.app.shell;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the status bar shows, at one moment.
 *
 * @param queueSize      packages and events waiting for the central system; empty while no queue is attached
 * @param lastSelfCheck  when the last self-check ran; empty when it never did
 * @param central        the connection to the central system: NONE when transmission is not configured
 */
public record StatusSnapshot(String profileId, String workstationId, String place, OptionalInt queueSize,
                             Optional<Instant> lastSelfCheck, boolean demo, Central central) {
    /** The connection to the central system as the status bar shows it. */
    public enum Central { NONE, UNKNOWN, ONLINE, OFFLINE }

    /** A snapshot without a central connection. */
    public StatusSnapshot(String profileId, String workstationId, String place, OptionalInt queueSize,
                          Optional<Instant> lastSelfCheck, boolean demo) {
        this(profileId, workstationId, place, queueSize, lastSelfCheck, demo, Central.NONE);
    }
}
