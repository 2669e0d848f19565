package io.enrollment.qc.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The quality score (NFIQ 2-like) on generated prints: it must order good, poor and empty images. */
class PrintQualityTest {
    @BeforeAll
    static void warm() {
        FingerprintTemplates.warmUp();
    }

    private static PrintQuality quality(PrintImage image) {
        return QualityScore.of(PrintMeasurer.measure(image), FingerprintTemplates.extract(image, null).minutiaeCount());
    }

    @Test
    void typicalPrintsScoreWellAbovePoorPrintsOfTheSameFinger() {
        for (long finger = 31; finger <= 33; finger++) {
            PrintQuality good = quality(SyntheticPrints.typical(finger, finger * 10));
            PrintQuality poor = quality(SyntheticPrints.poor(finger, finger * 10));
            assertTrue(good.score() >= poor.score() + 8, "finger " + finger + ": typical " + good.score() + " vs poor " + poor.score());
            assertTrue(good.measures().orientationCertainty() > poor.measures().orientationCertainty());
            assertTrue(good.measures().localClarity() > poor.measures().localClarity());
            assertTrue(good.minutiae() >= 12, "typical print minutiae " + good.minutiae());
        }
    }

    @Test
    void blankWhiteImageHasNoForegroundAndScoresZero() {
        PrintQuality q = quality(SyntheticPrints.uniform(256, 288, 250));
        assertEquals(0, q.measures().foregroundBlocks());
        assertEquals(0, q.score());
        assertEquals("area", q.weakestMeasure());
    }

    @Test
    void allBlackImageScoresZero() {
        PrintQuality q = quality(SyntheticPrints.uniform(256, 288, 0));
        assertEquals(0, q.score());
        assertEquals(0, q.minutiae());
    }

    @Test
    void pureSensorNoiseIsNotAFinger() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        byte[] px = new byte[256 * 288];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) Math.max(0, Math.min(255, 235 + (int) (r.nextGaussian() * 20)));
        }
        PrintQuality q = quality(new PrintImage(256, 288, px, 500));
        assertTrue(q.measures().foregroundFraction() < 0.1, "noise foreground " + q.measures().foregroundFraction());
        assertTrue(q.score() < 10, "noise score " + q.score());
    }

    @Test
    void measuresStayInTheirRanges() {
        PrintMeasures m = PrintMeasurer.measure(SyntheticPrints.typical(34, 1));
        assertTrue(m.orientationCertainty() > 0.8 && m.orientationCertainty() <= 1, "OCL " + m.orientationCertainty());
        assertTrue(m.localClarity() > 0.7 && m.localClarity() <= 1, "LCS " + m.localClarity());
        assertTrue(m.frequencyDomain() > 0.3 && m.frequencyDomain() <= 1, "FDA " + m.frequencyDomain());
        assertTrue(m.ridgeValleyRatio() > 0.6 && m.ridgeValleyRatio() < 1.6, "RVU ratio " + m.ridgeValleyRatio());
        assertTrue(m.orientationFlow() >= 0 && m.orientationFlow() < 0.3, "OF " + m.orientationFlow());
        assertTrue(m.foregroundFraction() > 0.9, "foreground " + m.foregroundFraction());
    }

    @Test
    void describeNamesEveryMeasureAndNeverCallsItNfiq2() {
        PrintQuality q = quality(SyntheticPrints.typical(35, 2));
        String d = q.describe();
        for (String key : new String[] {"foreground", "orientation-certainty", "local-clarity", "frequency-domain",
            "ridge-valley-uniformity", "orientation-flow", "contrast", "minutiae"}) {
            assertTrue(d.contains(key + "="), d);
        }
    }
}
