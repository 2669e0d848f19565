package io.enrollment.app.shell;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the status bar shows, at one moment.
 *
 * @param queueSize      packages and events waiting for the central system; empty while no queue is attached
 * @param lastSelfCheck  when the last self-check ran; empty when it never did
 */
public record StatusSnapshot(String profileId, String workstationId, String place, OptionalInt queueSize,
                             Optional<Instant> lastSelfCheck, boolean demo) {
}
