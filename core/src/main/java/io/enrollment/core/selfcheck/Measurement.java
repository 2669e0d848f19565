package io.enrollment.core.selfcheck;

import java.util.Objects;

/**
 * One measured value of a self-check item, with the limit it was held against.
 *
 * @param name      what was measured, e.g. {@code frame.width}
 * @param value     the measured value as text (numbers in plain notation)
 * @param limit     the limit from the profile or configuration, empty if the value is informative only
 * @param unit      unit of value and limit, empty if none
 */
public record Measurement(String name, String value, String limit, String unit) {
    public Measurement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        limit = limit == null ? "" : limit;
        unit = unit == null ? "" : unit;
    }

    public static Measurement of(String name, Object value, String unit) {
        return new Measurement(name, String.valueOf(value), "", unit);
    }

    public static Measurement against(String name, Object value, String limit, String unit) {
        return new Measurement(name, String.valueOf(value), limit, unit);
    }
}
