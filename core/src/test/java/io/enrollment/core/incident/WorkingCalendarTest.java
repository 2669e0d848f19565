package io.enrollment.core.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.selfcheck.Finding;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

    private static WorkingCalendar ru() {
        return WorkingCalendar.of(ProfileLoader.builtIn("ru"), MOSCOW);
    }

    private static Instant local(String dateTime, ZoneId zone) {
        return LocalDateTime.parse(dateTime).atZone(zone).toInstant();
    }

    private static Instant endOf(String date, ZoneId zone) {
        return LocalDate.parse(date).plusDays(1).atStartOfDay(zone).toInstant();
    }

    @Test
    void rInc1_tuesdayIncidentIsDueAtTheEndOfWednesday() {
        assertEquals(endOf("2026-11-25", MOSCOW), ru().reportDeadline(local("2026-11-24T10:15", MOSCOW)));
    }

    @Test
    void rInc1_fridayEveningIncidentIsDueAtTheEndOfMonday() {
        // 2026-11-20 is a Friday
        assertEquals(endOf("2026-11-23", MOSCOW), ru().reportDeadline(local("2026-11-20T21:40", MOSCOW)));
    }

    @Test
    void rInc1_saturdayIncidentIsDueAtTheEndOfMonday() {
        assertEquals(endOf("2026-11-23", MOSCOW), ru().reportDeadline(local("2026-11-21T03:00", MOSCOW)));
    }

    @Test
    void rInc1_incidentBeforeAHolidaySkipsTheHoliday() {
        // ru: 2026-11-04 (Wednesday) is a holiday; a Tuesday incident is due at the end of Thursday
        assertEquals(endOf("2026-11-05", MOSCOW), ru().reportDeadline(local("2026-11-03T16:00", MOSCOW)));
    }

    @Test
    void rInc1_holidayThenWeekendAreSkippedTogether() {
        // ru: Friday 2026-05-01 is a holiday, then the weekend: a Thursday incident is due at the end of Monday
        assertEquals(endOf("2026-05-04", MOSCOW), ru().reportDeadline(local("2026-04-30T17:55", MOSCOW)));
        assertFalse(ru().isWorkingDay(LocalDate.parse("2026-12-31")));
    }

    @Test
    void rInc1_kgProfileHasItsOwnHolidays() {
        WorkingCalendar kg = WorkingCalendar.of(ProfileLoader.builtIn("kg"), BISHKEK);
        // kg: 2026-08-31 (Monday) is Independence Day; Friday 28 Aug is due at the end of Tuesday 1 Sep
        assertEquals(endOf("2026-09-01", BISHKEK), kg.reportDeadline(local("2026-08-28T18:00", BISHKEK)));
        assertTrue(kg.isWorkingDay(LocalDate.parse("2026-11-04")));
    }

    @Test
    void deadlineUsesTheWorkstationsZoneNotUtc() {
        // 23:30 Friday in Moscow is 20:30 UTC Friday; late Sunday UTC would be Monday in Moscow
        Instant sundayLateUtc = Instant.parse("2026-11-22T22:30:00Z"); // Monday 01:30 in Moscow
        assertEquals(endOf("2026-11-24", MOSCOW), ru().reportDeadline(sundayLateUtc));
    }

    @Test
    void malformedCalendarSettingIsNamed() {
        Profile p = ProfileLoader.builtIn("ru");
        java.util.Map<String, String> settings = new java.util.HashMap<>(p.settings());
        settings.put("calendar.holidays", "2026-13-01");
        Profile bad = new Profile(p.id(), p.displayName(), p.requiredModalities(), p.retentionYears(),
                p.consentTextVersion(), p.thresholds(), settings);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WorkingCalendar.of(bad, MOSCOW));
        assertTrue(e.getMessage().contains("calendar.holidays"), e.getMessage());
    }

    @Test
    void incidentIsOverdueOnlyUntilReported() {
        Instant friday = local("2026-11-20T21:40", MOSCOW);
        Incident i = Incident.detected(UUID.randomUUID(), IncidentType.QUEUE_TAMPERED, friday, "queue", Finding.of("incident.queue.item", "row mac"), ru());
        assertFalse(i.isOverdue(local("2026-11-23T23:59", MOSCOW)));
        assertTrue(i.isOverdue(local("2026-11-24T00:00", MOSCOW)));
        assertTrue(i.withStatus(IncidentStatus.QUEUED).isOverdue(local("2026-11-24T09:00", MOSCOW)));
        assertFalse(i.withStatus(IncidentStatus.REPORTED).isOverdue(local("2026-11-24T09:00", MOSCOW)));
    }
}
