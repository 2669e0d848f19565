package io.enrollment.core.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EnrollmentGateTest {
    private static final Instant RUN = Instant.parse("2026-11-16T08:00:00Z");

    private static SelfCheckReport report(ItemResult... items) {
        return new SelfCheckReport(UUID.randomUUID(), "WS-1", "ru", RUN, RUN.plusSeconds(20), "cli", List.of(items));
    }

    @Test
    void rSelf1_profilesDefineMaxAgeAndCriticalItems() {
        EnrollmentGate ru = EnrollmentGate.of(ProfileLoader.builtIn("ru"));
        EnrollmentGate kg = EnrollmentGate.of(ProfileLoader.builtIn("kg"));
        assertEquals(Duration.ofDays(7), ru.maxAge());
        assertTrue(ru.criticalItems().contains("microphone"));
        assertFalse(ru.criticalItems().contains("scanner"));
        assertTrue(kg.criticalItems().contains("scanner"));
    }

    @Test
    void rSelf1_noSelfCheckBlocks() {
        EnrollmentGate.Decision d = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.empty(), RUN);
        assertFalse(d.allowed());
        assertEquals(1, d.reasons().size());
    }

    @Test
    void rSelf1_recentPassingSelfCheckAllows() {
        SelfCheckReport r = report(ItemResult.ok("camera", "ok", List.of()));
        EnrollmentGate.Decision d = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.of(r),
                RUN.plus(Duration.ofDays(6)));
        assertTrue(d.allowed(), d.reasons().toString());
        assertEquals(Optional.of(RUN.plusSeconds(20).plus(Duration.ofDays(7))), d.dueBy());
    }

    @Test
    void rSelf1_selfCheckOlderThanSevenDaysBlocks() {
        SelfCheckReport r = report(ItemResult.ok("camera", "ok", List.of()));
        EnrollmentGate.Decision d = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.of(r),
                RUN.plus(Duration.ofDays(7)).plusSeconds(21));
        assertFalse(d.allowed());
        assertTrue(d.reasons().get(0).contains("7 days old"), d.reasons().toString());
    }

    @Test
    void rSelf1_failInCriticalItemBlocksButNotInOtherItems() {
        EnrollmentGate gate = EnrollmentGate.of(ProfileLoader.builtIn("ru"));
        SelfCheckReport scannerFails = report(ItemResult.fail("scanner", "no scanner", List.of(), "connect it"));
        assertTrue(gate.decide(Optional.of(scannerFails), RUN.plusSeconds(60)).allowed());
        SelfCheckReport micFails = report(ItemResult.fail("microphone", "no microphone", List.of(), "connect it"),
                ItemResult.warn("token", "expires soon", List.of(), "renew"));
        EnrollmentGate.Decision d = gate.decide(Optional.of(micFails), RUN.plusSeconds(60));
        assertFalse(d.allowed());
        assertTrue(d.reasons().get(0).contains("microphone") && d.reasons().get(0).contains("connect it"));
        assertEquals(ItemStatus.FAIL, micFails.overall());
    }
}
