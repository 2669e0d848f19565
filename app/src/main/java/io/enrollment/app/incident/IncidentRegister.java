package io.enrollment.app.incident;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditEntry;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.queue.ItemState;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.SecurityEvent;
import io.enrollment.signing.SecurityEventListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The security-incident register (R-INC-1): records what the queue ({@link QueueIncident}), the signing module
 * ({@link SecurityEvent}) and the self-check detect, gives each incident its report-by deadline (end of the
 * next working day), queues its signed report at once, and follows it to the central system's receipt.
 *
 * <p>Persistence: {@code DATA/incidents/incidents.jsonl}, append-only; each line is the full incident after a
 * change, the last line of an id wins. Every incident also goes into the audit trail.
 */
public final class IncidentRegister implements QueueIncident.Listener, SecurityEventListener {
    private static final Logger LOG = LoggerFactory.getLogger(IncidentRegister.class);
    public static final String FILE_NAME = "incidents.jsonl";

    private final Path file;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final AuditLog audit;
    private volatile IncidentReporter reporter;
    private final Map<UUID, Incident> incidents = new LinkedHashMap<>();

    private IncidentRegister(Path file, WorkingCalendar calendar, Clock clock, AuditLog audit, IncidentReporter reporter) {
        this.file = file;
        this.calendar = calendar;
        this.clock = clock;
        this.audit = audit;
        this.reporter = reporter;
    }

    /**
     * Opens (or creates) the register in {@code dir}.
     *
     * @param reporter how reports are queued; {@link IncidentReporter#NONE} until the queue is open
     *                 ({@link #reportThrough})
     * @throws IOException when the register cannot be read
     */
    public static IncidentRegister open(Path dir, WorkingCalendar calendar, Clock clock, AuditLog audit,
                                        IncidentReporter reporter) throws IOException {
        Files.createDirectories(dir);
        IncidentRegister register = new IncidentRegister(dir.resolve(FILE_NAME), calendar, clock, audit, reporter);
        register.load();
        return register;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Incident i = IncidentJson.parse(line);
                    incidents.put(i.id(), i);
                } catch (IllegalArgumentException e) {
                    LOG.warn("incident register {} line {} is unreadable: {}", file, n, e.getMessage());
                }
            }
        }
    }

    /** Sets how reports are queued from now on (once the queue is open). */
    public void reportThrough(IncidentReporter next) {
        this.reporter = next;
    }

    /**
     * Records a newly detected incident, audits it, and tries to queue its report.
     *
     * @param detail what was seen, as a finding the screens word in the operator's language ({@code incident.*}
     *               keys of the self-check bundle, or a self-check item's finding)
     * @throws UncheckedIOException when the register cannot be written
     */
    public Incident record(IncidentType type, String source, Finding detail) {
        Incident incident = Incident.detected(UUID.randomUUID(), type, clock.instant(), source, detail, calendar);
        synchronized (this) {
            store(incident);
        }
        String english = IncidentJson.english(incident.detail());
        LOG.warn("security incident {} {} from {}: {} (report by {})", incident.id(), type, source, english,
                incident.reportBy());
        audit.append(new AuditEntry(AuditAction.INCIDENT, "system", incident.id().toString(), type.name(),
                source + ": " + truncate(english)));
        report(incident);
        return get(incident.id()).orElse(incident);
    }

    private static String truncate(String s) {
        return s.length() > 400 ? s.substring(0, 400) : s;
    }

    private void report(Incident incident) {
        try {
            reporter.report(incident);
            update(incident.id(), IncidentStatus.QUEUED);
        } catch (EventOutbox.EventException e) {
            LOG.warn("incident {} stays OPEN, its report was not queued: {}", incident.id(), e.getMessage());
        }
    }

    /** Queues the reports of every OPEN incident again (e.g. after the key or queue became available). */
    public void reportPending() {
        for (Incident i : list()) {
            if (i.status() == IncidentStatus.OPEN) {
                report(i);
            }
        }
    }

    /** Marks incidents REPORTED whose event the central system confirmed (its queue item is DELIVERED). */
    public void refresh(QueueStore queue) {
        for (Incident i : list()) {
            if (i.status() == IncidentStatus.QUEUED) {
                Optional<QueueItem> item = queue.get(i.id());
                if (item.isPresent() && item.get().state() == ItemState.DELIVERED) {
                    update(i.id(), IncidentStatus.REPORTED);
                }
            }
        }
    }

    /** A supervisor closes a reported incident. */
    public Incident close(UUID id, String supervisor) {
        Incident i = get(id).orElseThrow(() -> new IllegalArgumentException("no incident " + id));
        Incident closed = update(id, IncidentStatus.CLOSED);
        audit.append(new AuditEntry(AuditAction.REVIEW, supervisor, id.toString(), "closed", i.type().name()));
        return closed;
    }

    private synchronized Incident update(UUID id, IncidentStatus status) {
        Incident next = incidents.get(id).withStatus(status);
        store(next);
        return next;
    }

    private void store(Incident incident) {
        try {
            Files.writeString(file, IncidentJson.line(incident) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the incident register " + file + ": " + e.getMessage(), e);
        }
        incidents.put(incident.id(), incident);
    }

    public synchronized Optional<Incident> get(UUID id) {
        return Optional.ofNullable(incidents.get(id));
    }

    /** Every incident, newest first. */
    public synchronized List<Incident> list() {
        List<Incident> all = new ArrayList<>(incidents.values());
        all.sort(Comparator.comparing(Incident::detectedAt).reversed());
        return all;
    }

    /** Incidents not yet confirmed by the central system or closed. */
    public List<Incident> unresolved() {
        return list().stream().filter(i -> !i.status().isReported()).toList();
    }

    /** Unresolved incidents past their deadline (shown in red). */
    public List<Incident> overdue() {
        Instant now = clock.instant();
        return list().stream().filter(i -> i.isOverdue(now)).toList();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    // --- listeners: must not block or throw ---

    @Override
    public void onIncident(QueueIncident incident) {
        IncidentType type;
        switch (incident.type()) {
            case TAMPERED_ITEM:
                type = IncidentType.QUEUE_TAMPERED;
                break;
            case RECEIPT_INVALID:
                type = IncidentType.RECEIPT_INVALID;
                break;
            case ID_CONFLICT:
                type = IncidentType.ID_CONFLICT;
                break;
            default:
                type = IncidentType.REJECTED_BY_CENTRAL;
                break;
        }
        recordQuietly(type, "queue", Finding.of("incident.queue." + incident.type().name(), incident.item(), incident.detail()));
    }

    @Override
    public void onSecurityEvent(SecurityEvent event) {
        String who = event.token() + (event.subject().isEmpty() ? "" : " (" + event.subject() + ")");
        switch (event.type()) {
            case LOGIN_FAILED:
                // one wrong PIN is not yet an incident; it is audited
                auditQuietly(new AuditEntry(AuditAction.LOGIN_FAILED, event.subject().isEmpty() ? "unknown" : event.subject(),
                        event.token(), "refused", "wrong PIN"));
                return;
            case REPEATED_LOGIN_FAILURES:
                recordQuietly(IncidentType.REPEATED_WRONG_PIN, "signing", signing(event, who));
                return;
            case PIN_LOCKED:
                recordQuietly(IncidentType.PIN_LOCKED, "signing", signing(event, who));
                return;
            case TOKEN_REMOVED:
                recordQuietly(IncidentType.TOKEN_REMOVED, "signing", signing(event, who));
                return;
            default:
                recordQuietly(IncidentType.CERTIFICATE_REJECTED, "signing", signing(event, who));
        }
    }

    /** A signing event in words: its kind ({@code incident.signing.TYPE}), the token and the module's own detail. */
    private static Finding signing(SecurityEvent event, String who) {
        return Finding.of("incident.signing." + event.type().name(), who, event.detail());
    }

    private void recordQuietly(IncidentType type, String source, Finding detail) {
        try {
            record(type, source, detail);
        } catch (UncheckedIOException e) {
            LOG.error("security incident {} from {} could NOT be recorded: {} ({})", type, source,
                    IncidentJson.english(detail), e.getMessage());
        }
    }

    private void auditQuietly(AuditEntry entry) {
        try {
            audit.append(entry);
        } catch (UncheckedIOException e) {
            LOG.error("audit record {} could NOT be written: {}", entry.action(), e.getMessage());
        }
    }
}
