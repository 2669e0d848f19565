package io.enrollment.app.enroll;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.subject.Consent;
import io.enrollment.core.subject.IdentityDocument;
import io.enrollment.core.subject.Subject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-GEN-2: no capture before identification and consent; discarding drops everything at once. */
class EnrollmentTest {
    @Test
    void rGen2NoCaptureBeforeConsentAndDiscardDropsAll() {
        Enrollment e = new Enrollment();
        assertThrows(IllegalStateException.class, () -> e.fingerprints(List.of(), List.of()));
        e.subject(new Subject(new IdentityDocument("PASSPORT_RU", "4509123456", "GU MVD"), "Ivanova", "Maria", "",
                LocalDate.of(1985, 4, 23)));
        assertFalse(e.mayCapture());
        e.consent(Consent.given("ru-2021-930-v1", Instant.parse("2026-11-22T10:00:00Z"), "CN=Officer"));
        assertTrue(e.mayCapture());
        e.discard();
        assertTrue(e.discarded());
        assertTrue(e.subject().isEmpty() && e.consent().isEmpty() && e.attestations().isEmpty());
        assertFalse(e.mayCapture());
        assertThrows(IllegalStateException.class, () -> e.subject(null));
    }
}
