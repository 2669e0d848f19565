package io.enrollment.app.shell;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the status bar shows, at one moment.
 *
 * @param queueSize         packages and events waiting for the central system; empty while no queue is attached
 * @param lastSelfCheck     when the last self-check finished; empty when it never did
 * @param central           the connection to the central system: NONE when transmission is not configured
 * @param selfCheckRunning  the item a self-check running now is at (empty when none runs)
 * @param enrollmentBlocked whether the self-check gate blocks enrollment now (R-SELF-1)
 */
public record StatusSnapshot(String profileId, String workstationId, String place, OptionalInt queueSize,
                             Optional<Instant> lastSelfCheck, boolean demo, Central central,
                             Optional<String> selfCheckRunning, boolean enrollmentBlocked) {
    /** The connection to the central system as the status bar shows it. */
    public enum Central { NONE, UNKNOWN, ONLINE, OFFLINE }

    /** A snapshot without a self-check in progress or a blocked gate. */
    public StatusSnapshot(String profileId, String workstationId, String place, OptionalInt queueSize,
                          Optional<Instant> lastSelfCheck, boolean demo, Central central) {
        this(profileId, workstationId, place, queueSize, lastSelfCheck, demo, central, Optional.empty(), false);
    }

    /** A snapshot without a central connection. */
    public StatusSnapshot(String profileId, String workstationId, String place, OptionalInt queueSize,
                          Optional<Instant> lastSelfCheck, boolean demo) {
        this(profileId, workstationId, place, queueSize, lastSelfCheck, demo, Central.NONE);
    }
}
