package io.enrollment.central.store;

import java.util.Map;

/**
 * The counts {@code GET /admin/stats} reports.
 *
 * @param packagesReceived  distinct packages completed (accepted or rejected)
 * @param packagesAccepted  of those, accepted
 * @param duplicatesRefused re-sent packages that were already complete (answered with the original receipt)
 * @param conflicts         package uploads refused because the id was used with other bytes
 * @param rejected          rejected packages by reason
 * @param events            events completed, by Event-Kind
 * @param eventsRejected    events rejected, by reason
 * @param eventDuplicates   re-sent events that were already complete
 * @param eventConflicts    event uploads refused because the id was used with other bytes
 * @param uploadsInProgress uploads started and not complete
 */
public record Stats(long packagesReceived, long packagesAccepted, long duplicatesRefused, long conflicts,
                    Map<String, Long> rejected, Map<String, Long> events, Map<String, Long> eventsRejected,
                    long eventDuplicates, long eventConflicts, long uploadsInProgress) {
    public Stats {
        rejected = Map.copyOf(rejected);
        events = Map.copyOf(events);
        eventsRejected = Map.copyOf(eventsRejected);
    }
}
