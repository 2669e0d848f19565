package io.enrollment.core.selfcheck;

import java.util.List;
import java.util.Objects;

/**
 * The result of one self-check item (R-SELF-1).
 *
 * @param item         stable item id: {@code camera}, {@code microphone}, {@code scanner}, {@code token},
 *                     {@code qc-engine}, {@code integrity}, {@code clock}, {@code storage}, {@code configuration}
 * @param status       OK, WARN or FAIL
 * @param summary      what was found (a message key with the measured values, rendered by the application)
 * @param measurements what was measured, with limits
 * @param remedy       what to do about a WARN or FAIL ({@link Finding#NONE} when OK)
 */
public record ItemResult(String item, ItemStatus status, Finding summary, List<Measurement> measurements, Finding remedy) {
    public ItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        measurements = List.copyOf(measurements);
        remedy = remedy == null ? Finding.NONE : remedy;
        if (status != ItemStatus.OK && remedy.isEmpty()) {
            throw new IllegalArgumentException("self-check item " + item + " is " + status + " without a remedy");
        }
    }

    public static ItemResult ok(String item, Finding summary, List<Measurement> measurements) {
        return new ItemResult(item, ItemStatus.OK, summary, measurements, Finding.NONE);
    }

    public static ItemResult warn(String item, Finding summary, List<Measurement> measurements, Finding remedy) {
        return new ItemResult(item, ItemStatus.WARN, summary, measurements, remedy);
    }

    public static ItemResult fail(String item, Finding summary, List<Measurement> measurements, Finding remedy) {
        return new ItemResult(item, ItemStatus.FAIL, summary, measurements, remedy);
    }

    /** The same result with other measurements (the runner adds the item's duration). */
    public ItemResult withMeasurements(List<Measurement> next) {
        return new ItemResult(item, status, summary, next, remedy);
    }
}
