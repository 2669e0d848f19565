package io.enrollment.installer.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When the weekly self-check runs (R-SELF-1: at least once a week): a day and a local time. A missed run (the
 * workstation was off) runs at the next start-up: the systemd timer is {@code Persistent=}, the Windows task
 * has {@code StartWhenAvailable}, and the application itself runs the self-check at start-up when the last one
 * is older than the profile allows.
 *
 * @param day  day of the week
 * @param time local time of day
 */
public record WeeklySchedule(DayOfWeek day, LocalTime time) {
    /** Mondays at 08:30, before a branch opens. */
    public static final WeeklySchedule DEFAULT = new WeeklySchedule(DayOfWeek.MONDAY, LocalTime.of(8, 30));

    public WeeklySchedule {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
        time = time.withSecond(0).withNano(0);
    }

    /** systemd's three-letter day, e.g. {@code Mon}. */
    String systemdDay() {
        String name = day.name();
        return name.charAt(0) + name.substring(1, 3).toLowerCase(java.util.Locale.ROOT);
    }

    /** schtasks' day, e.g. {@code MON}. */
    String schtasksDay() {
        return day.name().substring(0, 3);
    }

    /** Task Scheduler XML's day element, e.g. {@code Monday}. */
    String xmlDay() {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
