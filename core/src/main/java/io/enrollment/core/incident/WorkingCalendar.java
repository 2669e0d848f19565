package io.enrollment.core.incident;

import io.enrollment.core.profile.Profile;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days of the place where the workstation stands: weekends and public holidays from the profile
 * settings {@code calendar.weekend} (ISO day numbers, 1 = Monday) and {@code calendar.holidays}
 * ({@code yyyy-MM-dd}, comma separated). Used for the R-INC-1 deadline "no later than one working day
 * after detection".
 */
public final class WorkingCalendar {
    private static final int MAX_LOOKAHEAD_DAYS = 366;

    private final Set<DayOfWeek> weekend;
    private final Set<LocalDate> holidays;
    private final ZoneId zone;

    /**
     * @throws IllegalArgumentException when every day of the week is a weekend day
     */
    public WorkingCalendar(Set<DayOfWeek> weekend, Set<LocalDate> holidays, ZoneId zone) {
        this.weekend = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        if (this.weekend.size() == 7) {
            throw new IllegalArgumentException("a working calendar needs at least one working day a week");
        }
        this.holidays = Collections.unmodifiableSet(new TreeSet<>(holidays));
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The calendar of a profile, in the workstation's time zone.
     *
     * @throws IllegalArgumentException naming the setting when {@code calendar.weekend} or
     *                                  {@code calendar.holidays} is malformed
     */
    public static WorkingCalendar of(Profile profile, ZoneId zone) {
        Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);
        for (String day : items(profile.setting("calendar.weekend", "6,7"))) {
            try {
                weekend.add(DayOfWeek.of(Integer.parseInt(day)));
            } catch (NumberFormatException | DateTimeException e) {
                throw new IllegalArgumentException("profile " + profile.id() + ": calendar.weekend: '" + day
                        + "' is not an ISO day number 1-7", e);
            }
        }
        Set<LocalDate> holidays = new TreeSet<>();
        for (String date : items(profile.setting("calendar.holidays", ""))) {
            try {
                holidays.add(LocalDate.parse(date));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("profile " + profile.id() + ": calendar.holidays: '" + date
                        + "' is not a date yyyy-MM-dd", e);
            }
        }
        return new WorkingCalendar(weekend, holidays, zone);
    }

    private static String[] items(String csv) {
        String trimmed = csv.trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s*,\\s*");
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The first working day strictly after {@code day}. */
    public LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        for (int i = 0; i < MAX_LOOKAHEAD_DAYS && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The local day by whose end an incident detected at {@code detectedAt} must be reported (R-INC-1). */
    public LocalDate reportDay(Instant detectedAt) {
        return nextWorkingDay(LocalDate.ofInstant(detectedAt, zone));
    }

    /**
     * The end of the next working day after detection, as the first instant that is late (local midnight
     * after {@link #reportDay}). Friday evening gives Monday midnight→Tuesday 00:00; a detection on the eve
     * of a holiday skips the holiday.
     */
    public Instant reportDeadline(Instant detectedAt) {
        return reportDay(detectedAt).plusDays(1).atStartOfDay(zone).toInstant();
    }
}
