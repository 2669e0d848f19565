package io.enrollment.devices.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.MasterFingerprint;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import org.junit.jupiter.api.Test;

/** The generator: deterministic, ridge-like, and impressions that vary the way the parameters say. */
class SyntheticFingerprintsTest {
    private static final MasterFingerprint FINGER = SyntheticFingerprints.finger(5);

    private static double inkFraction(GreyImage g) {
        int dark = 0;
        for (byte b : g.pixels()) {
            dark += (b & 0xFF) < 128 ? 1 : 0;
        }
        return (double) dark / (g.width() * g.height());
    }

    @Test
    void sameSeedSameFingerAndSingularitiesFollowThePatternClass() {
        MasterFingerprint again = SyntheticFingerprints.finger(5);
        assertEquals(FINGER.patternClass(), again.patternClass());
        assertEquals(SyntheticFingerprints.impression(FINGER, ImpressionParameters.ideal(1), 64, 64),
                SyntheticFingerprints.impression(again, ImpressionParameters.ideal(1), 64, 64));
        int expected = switch (FINGER.patternClass()) {
            case ARCH -> 0;
            case WHORL -> 4;
            default -> 2;
        };
        assertEquals(expected, FINGER.singularities().size());
        assertTrue(FINGER.ridgePeriod() > 8 && FINGER.ridgePeriod() < 10.5);
    }

    @Test
    void impressionsDifferButKeepRidgesAboutHalfTheArea() {
        GreyImage a = SyntheticFingerprints.impression(FINGER, ImpressionParameters.typical(1), 256, 288);
        GreyImage b = SyntheticFingerprints.impression(FINGER, ImpressionParameters.typical(2), 256, 288);
        assertNotEquals(a, b);
        assertTrue(inkFraction(a) > 0.3 && inkFraction(a) < 0.7, "ink " + inkFraction(a));
    }

    @Test
    void pressureAndContactChangeTheInk() {
        ImpressionParameters base = ImpressionParameters.ideal(3);
        GreyImage heavy = SyntheticFingerprints.impression(FINGER, new ImpressionParameters(0, 0, 0, 0, 0.9, 0.05, 0, 1, 3), 256, 288);
        GreyImage light = SyntheticFingerprints.impression(FINGER, new ImpressionParameters(0, 0, 0, 0, -0.9, 0.05, 0, 1, 3), 256, 288);
        GreyImage partial = SyntheticFingerprints.impression(FINGER, new ImpressionParameters(0, 0, 0, 0, 0, 0.05, 0, 0.25, 3), 256, 288);
        double normal = inkFraction(SyntheticFingerprints.impression(FINGER, base, 256, 288));
        assertTrue(inkFraction(heavy) > normal + 0.06, "heavy " + inkFraction(heavy) + " vs " + normal);
        assertTrue(inkFraction(light) < normal - 0.06, "light " + inkFraction(light) + " vs " + normal);
        assertTrue(inkFraction(partial) < normal * 0.7, "partial " + inkFraction(partial) + " vs " + normal);
    }

    @Test
    void badParametersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ImpressionParameters(0, 0, 0, 0, 2, 0, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new ImpressionParameters(0, 0, 0, 0, 0, 0, 0, 0.1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> SyntheticFingerprints.impression(FINGER, ImpressionParameters.ideal(1), 4, 4000));
    }
}
