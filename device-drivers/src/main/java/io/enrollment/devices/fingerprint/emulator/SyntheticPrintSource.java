package io.enrollment.devices.fingerprint.emulator;

import io.enrollment.devices.fingerprint.GreyImage;
import io.enrollment.devices.fingerprint.synthetic.ImpressionParameters;
import io.enrollment.devices.fingerprint.synthetic.MasterFingerprint;
import io.enrollment.devices.fingerprint.synthetic.SyntheticFingerprints;

/**
 * Serves synthetic prints: by default a different finger for every capture (finger seeds {@code seed},
 * {@code seed + 1}, …), or, with {@code sameFinger}, new impressions of one finger (to demonstrate duplicate
 * detection).
 */
public final class SyntheticPrintSource implements PrintSource {
    private final long seed;
    private final boolean sameFinger;
    private MasterFingerprint cached;
    private long count;

    public SyntheticPrintSource(long seed, boolean sameFinger) {
        this.seed = seed;
        this.sameFinger = sameFinger;
    }

    @Override
    public synchronized GreyImage next(int width, int height) {
        long fingerSeed = sameFinger ? seed : seed + count;
        if (cached == null || cached.seed() != fingerSeed) {
            cached = SyntheticFingerprints.finger(fingerSeed);
        }
        GreyImage image = SyntheticFingerprints.impression(cached, ImpressionParameters.typical(seed * 1_000_003L + count),
                width, height);
        count++;
        return image;
    }

    @Override
    public String describe() {
        return sameFinger ? "synthetic impressions of finger " + seed : "synthetic prints, a new finger per capture from seed " + seed;
    }
}
