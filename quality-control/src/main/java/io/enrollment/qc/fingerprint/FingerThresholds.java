package io.enrollment.qc.fingerprint;

import io.enrollment.core.profile.Profile;
import io.enrollment.qc.UnreadableSampleException;

/**
 * The profile's fingerprint thresholds ({@code finger.*}), read once.
 *
 * @param dpi              the resolution prints are measured at (500)
 * @param dpiMin           lowest input resolution accepted (resampled up to {@code dpi})
 * @param dpiMax           highest input resolution accepted (resampled down)
 * @param bits             bits per sample the stored image must have
 * @param channels         channels the stored image must have (1: grey)
 * @param sizeMin          shortest side at 500 ppi, pixels
 * @param sizeMax          longest side at 500 ppi, pixels
 * @param areaMin          foreground (finger) area at 500 ppi, pixels
 * @param minutiaeMin      minutiae the template needs
 * @param qualityMin       quality score (NFIQ 2-like) a print needs
 * @param duplicateScore   SourceAFIS score from which two prints are the same finger
 */
public record FingerThresholds(double dpi, double dpiMin, double dpiMax, double bits, double channels, double sizeMin,
                               double sizeMax, double areaMin, double minutiaeMin, double qualityMin,
                               double duplicateScore) {
    /**
     * @throws UnreadableSampleException when the profile collects no fingerprints and so has no such thresholds
     */
    public static FingerThresholds of(Profile p) throws UnreadableSampleException {
        if (!p.hasThreshold("finger.quality.min")) {
            throw new UnreadableSampleException("profile " + p.id() + " defines no fingerprint thresholds (finger.*);"
                    + " check prints against a profile that collects them, e.g. --profile kg");
        }
        return new FingerThresholds(p.threshold("finger.dpi"), p.threshold("finger.dpi.min"), p.threshold("finger.dpi.max"),
                p.threshold("finger.bits"), p.threshold("finger.channels"), p.threshold("finger.size.min"),
                p.threshold("finger.size.max"), p.threshold("finger.area.min"), p.threshold("finger.minutiae.min"),
                p.threshold("finger.quality.min"), p.threshold("finger.duplicate.score"));
    }
}
