package io.enrollment.core.incident;

/** Where an incident stands on its way to the central system (R-INC-1). */
public enum IncidentStatus {
    /** Recorded; its report is not queued yet. */
    OPEN,
    /** Its signed report is in the queue's event outbox. */
    QUEUED,
    /** The central system confirmed receipt of the report. */
    REPORTED,
    /** A supervisor closed it after handling it. */
    CLOSED;

    /** Whether the report obligation of R-INC-1 is met. */
    public boolean isReported() {
        return this == REPORTED || this == CLOSED;
    }
}
