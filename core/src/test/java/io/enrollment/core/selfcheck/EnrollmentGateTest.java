package io.enrollment.core.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
    private static final Finding OK = Finding.of("camera.ok", "1280", "720", "25");

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
        assertEquals(List.of(Finding.of(EnrollmentGate.NO_SELF_CHECK)), d.reasons());
    }

    @Test
    void rSelf1_recentPassingSelfCheckAllows() {
        SelfCheckReport r = report(ItemResult.ok("camera", OK, List.of()));
        EnrollmentGate.Decision d = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.of(r),
                RUN.plus(Duration.ofDays(6)));
        assertTrue(d.allowed(), d.reasons().toString());
        assertEquals(Optional.of(RUN.plusSeconds(20).plus(Duration.ofDays(7))), d.dueBy());
    }

    @Test
    void rSelf1_selfCheckOlderThanSevenDaysBlocksWithItsAgeAndTheLimit() {
        SelfCheckReport r = report(ItemResult.ok("camera", OK, List.of()));
        EnrollmentGate.Decision d = EnrollmentGate.of(ProfileLoader.builtIn("ru")).decide(Optional.of(r),
                RUN.plus(Duration.ofDays(7)).plusSeconds(21));
        assertFalse(d.allowed());
        assertEquals(List.of(Finding.of(EnrollmentGate.STALE, "7", "7")), d.reasons());
    }

    @Test
    void rSelf1_failInCriticalItemBlocksButNotInOtherItems() {
        EnrollmentGate gate = EnrollmentGate.of(ProfileLoader.builtIn("ru"));
        Finding noScanner = Finding.of("scanner.portUnavailable", "/dev/ttyUSB0", "no such port");
        Finding connect = Finding.of("scanner.remedy.connect");
        SelfCheckReport scannerFails = report(ItemResult.fail("scanner", noScanner, List.of(), connect));
        assertTrue(gate.decide(Optional.of(scannerFails), RUN.plusSeconds(60)).allowed());
        Finding silence = Finding.of("microphone.silence", "room sample demo-room.wav", "-120");
        Finding unmute = Finding.of("microphone.remedy.unmute");
        SelfCheckReport micFails = report(ItemResult.fail("microphone", silence, List.of(), unmute),
                ItemResult.warn("token", Finding.of("token.expiresSoon", "21"), List.of(), Finding.of("token.remedy.renew")));
        EnrollmentGate.Decision d = gate.decide(Optional.of(micFails), RUN.plusSeconds(60));
        assertFalse(d.allowed());
        assertEquals(List.of(Finding.of(EnrollmentGate.CRITICAL_FAIL, Finding.of("item.microphone"), silence, unmute)),
                d.reasons(), "the item's name, what it found and its remedy; WARNs never block");
        assertEquals(ItemStatus.FAIL, micFails.overall());
    }

    @Test
    void rSelf1_aWarnOrFailWithoutRemedyAndAFindingWithOtherArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ItemResult.fail("camera", OK, List.of(), Finding.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Finding("camera.ok", List.of(1280)));
        assertEquals(List.of("1280", "25.0"), Finding.of("k", 1280, 25.0).args(), "numbers as plain text");
    }
}
