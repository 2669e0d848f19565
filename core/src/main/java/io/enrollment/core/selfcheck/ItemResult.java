package io.enrollment.core.selfcheck;

import java.util.List;
import java.util.Objects;

/**
 * The result of one self-check item (R-SELF-1).
 *
 * @param item         stable item id: {@code camera}, {@code microphone}, {@code scanner}, {@code token},
 *                     {@code qc-engine}, {@code integrity}, {@code clock}, {@code storage}, {@code configuration}
 * @param status       OK, WARN or FAIL
 * @param summary      one line: what was found
 * @param measurements what was measured, with limits
 * @param remedy       what to do about a WARN or FAIL (empty when OK)
 */
public record ItemResult(String item, ItemStatus status, String summary, List<Measurement> measurements, String remedy) {
    public ItemResult {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
        measurements = List.copyOf(measurements);
        remedy = remedy == null ? "" : remedy;
        if (status != ItemStatus.OK && remedy.isBlank()) {
            throw new IllegalArgumentException("self-check item " + item + " is " + status + " without a remedy");
        }
    }

    public static ItemResult ok(String item, String summary, List<Measurement> measurements) {
        return new ItemResult(item, ItemStatus.OK, summary, measurements, "");
    }

    public static ItemResult warn(String item, String summary, List<Measurement> measurements, String remedy) {
        return new ItemResult(item, ItemStatus.WARN, summary, measurements, remedy);
    }

    public static ItemResult fail(String item, String summary, List<Measurement> measurements, String remedy) {
        return new ItemResult(item, ItemStatus.FAIL, summary, measurements, remedy);
    }
}
