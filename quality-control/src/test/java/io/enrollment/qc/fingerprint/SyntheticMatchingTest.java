package io.enrollment.qc.fingerprint;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.sample.FingerPosition;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SourceAFIS on the synthetic generator: two impressions of one finger match far above the duplicate threshold
 * (40), different fingers stay far below. Margins, not false-match rates (the research notes saw impostors up
 * to 62 on a prototype generator).
 */
class SyntheticMatchingTest {
    private static final double THRESHOLD = 40;

    @BeforeAll
    static void warm() {
        FingerprintTemplates.warmUp();
    }

    @Test
    void impressionsOfOneFingerMatchFarAboveAndDifferentFingersFarBelowTheThreshold() {
        List<PrintTemplate> first = new ArrayList<>();
        List<PrintTemplate> second = new ArrayList<>();
        for (long finger = 41; finger <= 45; finger++) {
            first.add(FingerprintTemplates.extract(SyntheticPrints.typical(finger, finger * 3), FingerPosition.RIGHT_INDEX));
            second.add(FingerprintTemplates.extract(SyntheticPrints.typical(finger, finger * 3 + 1), FingerPosition.RIGHT_INDEX));
        }
        double lowestGenuine = Double.MAX_VALUE;
        double highestImpostor = 0;
        for (int i = 0; i < first.size(); i++) {
            for (int j = 0; j < second.size(); j++) {
                double s = FingerprintTemplates.match(first.get(i), second.get(j));
                if (i == j) {
                    lowestGenuine = Math.min(lowestGenuine, s);
                } else {
                    highestImpostor = Math.max(highestImpostor, s);
                }
            }
        }
        assertTrue(lowestGenuine >= 2 * THRESHOLD, "lowest genuine score " + lowestGenuine);
        assertTrue(highestImpostor <= THRESHOLD * 0.75, "highest impostor score " + highestImpostor);
    }

    @Test
    void isoExportCarriesTheFingerPositionAndTheMinutiae() {
        PrintTemplate t = FingerprintTemplates.extract(SyntheticPrints.typical(46, 1), FingerPosition.LEFT_THUMB);
        byte[] iso = t.iso19794();
        assertTrue(iso.length > 50, "ISO record of " + iso.length + " bytes");
        assertTrue(iso[0] == 'F' && iso[1] == 'M' && iso[2] == 'R' && iso[4] == '0' && iso[5] == '3' && iso[6] == '0',
                "ISO/IEC 19794-2:2011 header");
        var parsed = new com.machinezoo.fingerprintio.iso19794p2v2011.Iso19794p2v2011Template(iso);
        assertTrue(parsed.fingerprints.get(0).position.name().equals("LEFT_THUMB"));
        assertTrue(parsed.fingerprints.get(0).minutiae.size() == t.minutiaeCount() && t.minutiaeCount() >= 12);
        assertTrue(parsed.fingerprints.get(0).resolutionX > 0, "resolution recorded");
    }
}
