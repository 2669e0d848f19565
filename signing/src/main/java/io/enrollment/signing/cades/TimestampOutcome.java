package io.enrollment.signing.cades;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to the signature time-stamp (CAdES-T).
 *
 * @param status what happened
 * @param time   the TSA's time when stamped
 * @param detail why not, or which TSA
 */
public record TimestampOutcome(Status status, Optional<Instant> time, String detail) {

    /** Time-stamp status of a signature. */
    public enum Status {
        /** No TSA configured: CAdES-BES. */
        NOT_REQUESTED,
        /** Time-stamped: CAdES-T. */
        STAMPED,
        /** The TSA could not be reached: signed without a time-stamp (CAdES-BES), to be noted. */
        OFFLINE,
        /** The TSA answered with no usable token: signed without a time-stamp. */
        TSA_ERROR
    }

    public TimestampOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(detail, "detail");
        if ((status == Status.STAMPED) != time.isPresent()) {
            throw new IllegalArgumentException("a time belongs to a STAMPED outcome only");
        }
    }

    public static TimestampOutcome notRequested() {
        return new TimestampOutcome(Status.NOT_REQUESTED, Optional.empty(), "no time-stamp authority configured");
    }
}
