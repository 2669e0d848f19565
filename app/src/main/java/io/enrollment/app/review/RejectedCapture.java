package io.enrollment.app.review;

import io.enrollment.core.Modality;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A capture that failed quality control after the retries (R-QC-3): who, when, which modality, which rules
 * with their measured values. The image or recording itself is kept apart, sealed to the supervisors.
 *
 * @param mediaType   of the sealed sample ({@code image/jpeg}, {@code audio/wav}, {@code image/png})
 * @param reviewedBy  the supervisor's certificate subject once reviewed, else null
 * @param reviewNote  the supervisor's note, else null
 */
public record RejectedCapture(UUID id, Instant at, String operator, String operatorSerial, Modality modality,
                              List<RuleFailure> failures, String mediaType, String reviewedBy, Instant reviewedAt,
                              String reviewNote) {
    public RejectedCapture {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(modality, "modality");
        failures = List.copyOf(failures);
        Objects.requireNonNull(mediaType, "mediaType");
    }

    /** The operator's common name (CN) from the certificate subject, or the whole subject when it has none. */
    public String operatorName() {
        for (String part : operator.split(",")) {
            if (part.strip().startsWith("CN=")) {
                return part.strip().substring(3);
            }
        }
        return operator;
    }

    public boolean reviewed() {
        return reviewedBy != null;
    }

    public Optional<String> note() {
        return Optional.ofNullable(reviewNote);
    }

    RejectedCapture review(String supervisor, Instant when, String note) {
        return new RejectedCapture(id, at, operator, operatorSerial, modality, failures, mediaType, supervisor, when, note);
    }
}
