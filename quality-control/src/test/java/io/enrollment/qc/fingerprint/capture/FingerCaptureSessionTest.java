package io.enrollment.qc.fingerprint.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.Modality;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.sample.CaptureMetadata;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.FingerPosition;
import io.enrollment.core.sample.FingerprintSample;
import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.MasterFingerprint;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import io.enrollment.qc.fingerprint.PrintImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The capture flow without a GUI: finger set, retries keeping the best, exceptions, duplicate detection (R-FP-2). */
class FingerCaptureSessionTest {
    private static final Map<Long, MasterFingerprint> MASTERS = new HashMap<>();
    private static final Profile KG = ProfileLoader.builtIn("kg");

    private static PrintImage print(long finger, ImpressionParameters p) {
        GreyImage g = SyntheticFingerprints.impression(MASTERS.computeIfAbsent(finger, SyntheticFingerprints::finger), p, 256, 288);
        return new PrintImage(g.width(), g.height(), g.pixels(), 500);
    }

    private static PrintImage blank() {
        byte[] px = new byte[256 * 288];
        java.util.Arrays.fill(px, (byte) 250);
        return new PrintImage(256, 288, px, 500);
    }

    private static Profile withSettings(String positions, String retries) {
        Map<String, String> settings = new HashMap<>(KG.settings());
        settings.put("finger.positions", positions);
        settings.put("finger.retries", retries);
        return new Profile(KG.id(), KG.displayName(), KG.requiredModalities(), KG.retentionYears(), KG.consentTextVersion(),
                KG.thresholds(), settings);
    }

    @Test
    void fingerSetComesFromTheProfile() throws Exception {
        FingerCaptureSession s = new FingerCaptureSession(KG);
        assertEquals(List.of(FingerPosition.RIGHT_THUMB, FingerPosition.RIGHT_INDEX, FingerPosition.LEFT_THUMB,
                FingerPosition.LEFT_INDEX), s.fingers());
        assertEquals(3, s.attemptsPerFinger());
        assertEquals(10, new FingerCaptureSession(withSettings(FingerSet.ALL_TEN, "2")).fingers().size());
        assertThrows(IllegalArgumentException.class, () -> new FingerCaptureSession(withSettings("1,11", "3")));
        assertThrows(IllegalArgumentException.class, () -> new FingerCaptureSession(withSettings("1,1", "3")));
    }

    @Test
    void acceptedPrintsGetTemplatesAndBecomePackageSamples() throws Exception {
        FingerCaptureSession s = new FingerCaptureSession(withSettings("2,7", "3"));
        AttemptOutcome first = s.submit(FingerPosition.RIGHT_INDEX, print(61, ImpressionParameters.typical(1)));
        assertInstanceOf(AttemptOutcome.Accepted.class, first, first.message());
        assertEquals(FingerPosition.LEFT_INDEX, s.nextFinger().orElseThrow());
        assertInstanceOf(AttemptOutcome.Accepted.class, s.submit(FingerPosition.LEFT_INDEX, print(62, ImpressionParameters.typical(2))));
        assertTrue(s.complete());
        CapturedPrint p = s.acceptedPrints().get(FingerPosition.RIGHT_INDEX);
        assertTrue(p.accepted() && p.isoTemplate().length > 50);
        FingerprintSample sample = p.toSample(new CaptureMetadata(java.time.Instant.parse("2026-01-01T10:00:00Z"),
                java.time.ZoneId.of("Asia/Bishkek"), new io.enrollment.core.sample.Place("Bishkek office 1", 42.87, 74.59), List.of(),
                CollectionMethod.IN_PERSON_MANUAL));
        assertEquals(Modality.FINGERPRINT, sample.modality());
        assertEquals("finger-02.iso19794-2", sample.templateFileName());
    }

    @Test
    void sameFingerPresentedTwiceIsRefusedWithAClearMessage() throws Exception {
        FingerCaptureSession s = new FingerCaptureSession(withSettings("1,2", "3"));
        assertInstanceOf(AttemptOutcome.Accepted.class, s.submit(FingerPosition.RIGHT_THUMB, print(63, ImpressionParameters.typical(1))));
        AttemptOutcome again = s.submit(FingerPosition.RIGHT_INDEX, print(63, ImpressionParameters.typical(2)));
        AttemptOutcome.Duplicate d = assertInstanceOf(AttemptOutcome.Duplicate.class, again);
        assertEquals(FingerPosition.RIGHT_THUMB, d.matches());
        assertTrue(d.score() >= KG.threshold("finger.duplicate.score"));
        assertTrue(d.message().contains("same finger as the RIGHT_THUMB") && d.message().contains("present the RIGHT_INDEX"),
                d.message());
        assertFalse(s.acceptedPrints().containsKey(FingerPosition.RIGHT_INDEX));
        // the right finger is then accepted, and the refused duplicate did not use up an attempt
        AttemptOutcome right = s.submit(FingerPosition.RIGHT_INDEX, print(64, ImpressionParameters.typical(3)));
        AttemptOutcome.Accepted a = assertInstanceOf(AttemptOutcome.Accepted.class, right, right.message());
        assertEquals(1, a.print().attempt());
    }

    @Test
    void failedAttemptsKeepTheBestAndEndInAnUnreadableExceptionToConfirm() throws Exception {
        FingerCaptureSession s = new FingerCaptureSession(withSettings("6", "3"));
        AttemptOutcome one = s.submit(FingerPosition.LEFT_THUMB, blank());
        AttemptOutcome.RetryNeeded r = assertInstanceOf(AttemptOutcome.RetryNeeded.class, one);
        assertEquals(2, r.attemptsLeft());
        assertTrue(r.guidance().contains("no finger"), r.guidance());
        assertInstanceOf(AttemptOutcome.RetryNeeded.class, s.submit(FingerPosition.LEFT_THUMB, print(65, ImpressionParameters.poor(1))));
        AttemptOutcome last = s.submit(FingerPosition.LEFT_THUMB, blank());
        AttemptOutcome.AttemptsExhausted ex = assertInstanceOf(AttemptOutcome.AttemptsExhausted.class, last);
        assertEquals(2, ex.best().attempt(), "the poor print beat the blank ones");
        assertNull(ex.best().isoTemplate(), "no template from a print that failed (R-QC-3)");
        assertFalse(s.complete());
        assertEquals(MissingFingerReason.UNREADABLE, s.pendingExceptions().get(0).reason());
        assertThrows(IllegalStateException.class, () -> s.submit(FingerPosition.LEFT_THUMB, blank()));
        assertThrows(IllegalArgumentException.class, () -> s.confirmMissing(FingerPosition.LEFT_THUMB, " "));
        s.confirmMissing(FingerPosition.LEFT_THUMB, "officer-7");
        assertTrue(s.complete());
        assertEquals("officer-7", s.exceptions().get(FingerPosition.LEFT_THUMB).confirmedBy());
    }

    @Test
    void missingFingerNeedsTheOperatorsConfirmation() throws Exception {
        FingerCaptureSession s = new FingerCaptureSession(withSettings("1,6", "2"));
        s.declareMissing(FingerPosition.RIGHT_THUMB, MissingFingerReason.AMPUTATED, "since birth");
        assertEquals(FingerPosition.LEFT_THUMB, s.nextFinger().orElseThrow());
        assertInstanceOf(AttemptOutcome.Accepted.class, s.submit(FingerPosition.LEFT_THUMB, print(66, ImpressionParameters.typical(1))));
        assertFalse(s.complete(), "an unconfirmed exception does not complete the set");
        s.confirmMissing(FingerPosition.RIGHT_THUMB, "officer-1");
        assertTrue(s.complete());
        assertThrows(IllegalStateException.class, () -> s.declareMissing(FingerPosition.LEFT_THUMB, MissingFingerReason.BANDAGED, ""));
        assertThrows(IllegalStateException.class, () -> s.declareMissing(FingerPosition.LEFT_LITTLE, MissingFingerReason.BANDAGED, ""));
    }
}
