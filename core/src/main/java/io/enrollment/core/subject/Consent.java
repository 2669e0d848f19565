package io.enrollment.core.subject;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject's consent to processing of personal and biometric data (R-GEN-2), and its
 * withdrawal (R-GEN-3).
 *
 * @param textVersion  version of the consent text shown (each profile has its own text)
 * @param givenAt      when the subject consented
 * @param recordedBy   officer identity (certificate subject) who recorded it
 * @param withdrawnAt  when consent was withdrawn, or null
 */
public record Consent(String textVersion, Instant givenAt, String recordedBy, Instant withdrawnAt) {
    public Consent {
        textVersion = Text.required(textVersion, "consent text version");
        Objects.requireNonNull(givenAt, "givenAt");
        recordedBy = Text.required(recordedBy, "recording officer");
        if (withdrawnAt != null && withdrawnAt.isBefore(givenAt)) {
            throw new IllegalArgumentException("consent withdrawn before it was given");
        }
    }

    public static Consent given(String textVersion, Instant at, String officer) {
        return new Consent(textVersion, at, officer, null);
    }

    public Consent withdraw(Instant at) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("consent already withdrawn at " + withdrawnAt);
        }
        return new Consent(textVersion, givenAt, recordedBy, at);
    }

    public Optional<Instant> withdrawal() {
        return Optional.ofNullable(withdrawnAt);
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }
}
