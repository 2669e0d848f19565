package io.enrollment.app.incident;

import io.enrollment.core.incident.Incident;

/** Sends an incident's report towards the central system (R-INC-1). */
@FunctionalInterface
public interface IncidentReporter {
    /** For tools without a queue: nothing is sent, incidents stay OPEN. */
    IncidentReporter NONE = incident -> {
        throw new EventOutbox.EventException("no event outbox is configured on this workstation", null);
    };

    /**
     * Queues the report.
     *
     * @throws EventOutbox.EventException when it cannot be signed or queued (the incident stays OPEN)
     */
    void report(Incident incident) throws EventOutbox.EventException;

    /** Reports through the outbox as signed {@code INCIDENT} events. */
    static IncidentReporter through(EventOutbox outbox, String workstationId) {
        return incident -> outbox.send(incident.id(), io.enrollment.queue.ItemKind.INCIDENT,
                IncidentJson.report(incident, workstationId));
    }
}
