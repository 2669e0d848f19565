package io.enrollment.core.incident;

import io.enrollment.core.selfcheck.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One security incident (R-INC-1). Never carries biometric data, PINs or key material: {@code detail} says what was
 * seen as a message key with its arguments (token, device path, item id …), worded by the application in the
 * operator's language.
 *
 * @param id         also the id of its report in the queue's event outbox
 * @param type       what happened
 * @param detectedAt when the workstation saw it
 * @param reportBy   deadline for the report to reach the central system: the end of the next working day
 *                   ({@link WorkingCalendar#reportDeadline}); exclusive (the first instant that is late)
 * @param status     where it stands
 * @param source     which part saw it (e.g. {@code queue}, {@code signing}, {@code selfcheck})
 * @param detail     what was seen
 */
public record Incident(UUID id, IncidentType type, Instant detectedAt, Instant reportBy, IncidentStatus status,
                       String source, Finding detail) {
    /** Longest text argument kept (a detail from another module can be long). */
    private static final int MAX_ARGUMENT = 2000;

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(reportBy, "reportBy");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(detail, "detail");
        if (!reportBy.isAfter(detectedAt)) {
            throw new IllegalArgumentException("incident " + id + ": report-by " + reportBy
                    + " is not after detection " + detectedAt);
        }
        detail = shortened(detail);
    }

    private static Finding shortened(Finding f) {
        List<Object> args = new ArrayList<>(f.args().size());
        for (Object a : f.args()) {
            if (a instanceof Finding) {
                args.add(shortened((Finding) a));
            } else {
                String s = (String) a;
                args.add(s.length() > MAX_ARGUMENT ? s.substring(0, MAX_ARGUMENT) : s);
            }
        }
        return new Finding(f.key(), args);
    }

    /**
     * A newly detected incident with its deadline from the calendar.
     *
     * @throws NullPointerException for a missing argument
     */
    public static Incident detected(UUID id, IncidentType type, Instant at, String source, Finding detail,
                                    WorkingCalendar calendar) {
        return new Incident(id, type, at, calendar.reportDeadline(at), IncidentStatus.OPEN, source, detail);
    }

    /** The same incident in another status. */
    public Incident withStatus(IncidentStatus next) {
        return new Incident(id, type, detectedAt, reportBy, next, source, detail);
    }

    /** Not yet confirmed by the central system and past its deadline: shown in red. */
    public boolean isOverdue(Instant now) {
        return !status.isReported() && !now.isBefore(reportBy);
    }
}
