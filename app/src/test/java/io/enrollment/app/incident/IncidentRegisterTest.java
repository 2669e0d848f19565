package io.enrollment.app.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.app.audit.AuditLog;
import io.enrollment.core.audit.AuditAction;
import io.enrollment.core.audit.AuditRecord;
import io.enrollment.core.incident.Incident;
import io.enrollment.core.incident.IncidentStatus;
import io.enrollment.core.incident.IncidentType;
import io.enrollment.core.incident.WorkingCalendar;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.Finding;
import io.enrollment.queue.ItemKind;
import io.enrollment.queue.QueueIncident;
import io.enrollment.queue.QueueItem;
import io.enrollment.queue.store.QueueStore;
import io.enrollment.signing.SecurityEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncidentRegisterTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    /** Friday 20 November 2026, 19:30 in Moscow. */
    private static final Instant FRIDAY_EVENING = LocalDateTime.parse("2026-11-20T19:30").atZone(MOSCOW).toInstant();

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(FRIDAY_EVENING, MOSCOW);
    private final WorkingCalendar calendar = WorkingCalendar.of(ProfileLoader.builtIn("ru"), MOSCOW);

    @Test
    void rInc1_queueIncidentIsRecordedWithItsDeadlineAuditedAndQueuedAsASignedEvent() throws Exception {
        List<byte[]> sealed = new ArrayList<>();
        try (AuditLog audit = AuditLog.open(dir.resolve("audit"), clock);
             QueueStore queue = QueueStore.open(dir.resolve("queue"), clock, QueueIncident.Listener.NONE)) {
            IncidentRegister register = IncidentRegister.open(dir.resolve("incidents"), calendar, clock, audit,
                    IncidentReporter.NONE);
            // a sealer that records what it was given: the real sealer is exercised in SelfCheckIT
            EventOutbox outbox = new EventOutbox(queue, doc -> {
                sealed.add(doc);
                return ("sealed:" + new String(doc, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            });
            register.reportThrough(IncidentReporter.through(outbox, "WS-1"));
            UUID item = UUID.randomUUID();
            register.onIncident(new QueueIncident(QueueIncident.Type.TAMPERED_ITEM, FRIDAY_EVENING, item, "row code mismatch"));

            Incident i = register.list().get(0);
            assertEquals(IncidentType.QUEUE_TAMPERED, i.type());
            assertEquals(IncidentStatus.QUEUED, i.status());
            // Friday evening: due at the end of Monday
            assertEquals(LocalDateTime.parse("2026-11-24T00:00").atZone(MOSCOW).toInstant(), i.reportBy());
            QueueItem queued = queue.get(i.id()).orElseThrow();
            assertEquals(ItemKind.INCIDENT, queued.kind());
            String doc = new String(sealed.get(0), StandardCharsets.UTF_8);
            assertTrue(doc.contains("\"incidentType\":\"QUEUE_TAMPERED\"") && doc.contains("\"workstation\":\"WS-1\"")
                    && doc.contains(item.toString()), doc);
            AuditRecord last = audit.last().orElseThrow();
            assertEquals(AuditAction.INCIDENT, last.entry().action());
            assertEquals(i.id().toString(), last.entry().target());
        }
    }

    @Test
    void rInc1_signingEventsMapToIncidentsAndOneWrongPinIsOnlyAudited() throws Exception {
        try (AuditLog audit = AuditLog.open(dir.resolve("audit"), clock)) {
            IncidentRegister register = IncidentRegister.open(dir.resolve("incidents"), calendar, clock, audit,
                    IncidentReporter.NONE);
            register.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.LOGIN_FAILED, FRIDAY_EVENING, "token A", "CN=Officer", "wrong PIN"));
            assertTrue(register.list().isEmpty());
            assertEquals(AuditAction.LOGIN_FAILED, audit.last().orElseThrow().entry().action());
            register.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.REPEATED_LOGIN_FAILURES, FRIDAY_EVENING, "token A",
                    "CN=Officer", "3 wrong PINs in a row"));
            register.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.TOKEN_REMOVED, FRIDAY_EVENING, "token A", "", "pulled"));
            register.onSecurityEvent(new SecurityEvent(SecurityEvent.Type.CERTIFICATE_REJECTED, FRIDAY_EVENING, "token B", "", "expired"));
            List<IncidentType> types = register.list().stream().map(Incident::type).sorted().toList();
            assertEquals(List.of(IncidentType.REPEATED_WRONG_PIN, IncidentType.TOKEN_REMOVED, IncidentType.CERTIFICATE_REJECTED)
                    .stream().sorted().toList(), types);
            // without an outbox the reports stay OPEN, and they become overdue after Monday
            assertTrue(register.list().stream().allMatch(i -> i.status() == IncidentStatus.OPEN));
            assertTrue(register.overdue().isEmpty());
            assertTrue(register.list().get(0).isOverdue(LocalDateTime.parse("2026-11-24T08:00").atZone(MOSCOW).toInstant()));
        }
        try (AuditLog audit = AuditLog.open(dir.resolve("audit"), clock)) {
            IncidentRegister reopened = IncidentRegister.open(dir.resolve("incidents"), calendar, clock, audit,
                    IncidentReporter.NONE);
            assertEquals(3, reopened.unresolved().size(), "the register survives a restart");
            assertTrue(audit.verify().ok());
        }
    }

    @Test
    void rInc1_theDetailIsKeptAsAFindingAndReportedInItsEnglishWords() throws Exception {
        List<byte[]> sealed = new ArrayList<>();
        Finding detail = Finding.of("incident.device.serial", Finding.of("incident.device.described", "/dev/ttyUSB3",
                "1a86:7523 serial A1"), "/dev/ttyUSB0");
        try (AuditLog audit = AuditLog.open(dir.resolve("audit"), clock);
             QueueStore queue = QueueStore.open(dir.resolve("queue"), clock, QueueIncident.Listener.NONE)) {
            IncidentRegister register = IncidentRegister.open(dir.resolve("incidents"), calendar, clock, audit,
                    IncidentReporter.NONE);
            register.reportThrough(IncidentReporter.through(new EventOutbox(queue, doc -> {
                sealed.add(doc);
                return doc;
            }), "WS-1"));
            register.record(IncidentType.UNKNOWN_DEVICE, "devices", detail);
            String english = "a serial that is not the configured one appeared: /dev/ttyUSB3 (1a86:7523 serial A1); "
                    + "configured: /dev/ttyUSB0";
            String doc = new String(sealed.get(0), StandardCharsets.UTF_8);
            assertTrue(doc.contains("\"detail\":\"" + english + "\""), doc);
            assertFalse(doc.contains("detailKey"), "the report to the central system keeps its form: " + doc);
            assertTrue(audit.last().orElseThrow().entry().note().contains(english));
        }
        try (AuditLog audit = AuditLog.open(dir.resolve("audit"), clock)) {
            Incident reread = IncidentRegister.open(dir.resolve("incidents"), calendar, clock, audit, IncidentReporter.NONE)
                    .list().get(0);
            assertEquals(detail, reread.detail(), "the register keeps the finding, so the screen words it in Russian");
        }
    }
}
