package io.enrollment.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's confirmation where the software cannot verify a rule itself, e.g. the operator listened
 * to the recording and heard the prompted digits in Russian (R-VOICE-8, R-VOICE-11), or attests the
 * speaker's calm state (R-VOICE-10). It travels in the package so the central system knows the
 * verdict rests on a person, and who.
 */
public record Attestation(String requirementId, String statement, String officerId, Instant at) {
    public Attestation {
        Objects.requireNonNull(requirementId, "requirementId");
        if (Requirement.byId(requirementId).isEmpty()) {
            throw new IllegalArgumentException("unknown requirement " + requirementId);
        }
        if (statement == null || statement.isBlank()) {
            throw new IllegalArgumentException("an attestation needs a statement");
        }
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(at, "at");
    }
}
