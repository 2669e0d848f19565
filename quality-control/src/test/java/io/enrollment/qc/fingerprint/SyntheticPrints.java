package io.enrollment.qc.fingerprint;

import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.MasterFingerprint;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Generated prints for the tests (masters cached: each costs about half a second). */
final class SyntheticPrints {
    private static final Map<Long, MasterFingerprint> MASTERS = new ConcurrentHashMap<>();

    private SyntheticPrints() {
    }

    static MasterFingerprint finger(long seed) {
        return MASTERS.computeIfAbsent(seed, SyntheticFingerprints::finger);
    }

    static PrintImage print(long fingerSeed, ImpressionParameters p, int width, int height) {
        GreyImage g = SyntheticFingerprints.impression(finger(fingerSeed), p, width, height);
        return new PrintImage(g.width(), g.height(), g.pixels(), 500);
    }

    /** A typical scanner-sized (256×288) impression. */
    static PrintImage typical(long fingerSeed, long impression) {
        return print(fingerSeed, ImpressionParameters.typical(impression), 256, 288);
    }

    static PrintImage poor(long fingerSeed, long impression) {
        return print(fingerSeed, ImpressionParameters.poor(impression), 256, 288);
    }

    static PrintImage uniform(int width, int height, int grey) {
        byte[] px = new byte[width * height];
        java.util.Arrays.fill(px, (byte) grey);
        return new PrintImage(width, height, px, 500);
    }

    static byte[] png(PrintImage image) {
        return PngEncoder.encode(image);
    }
}
