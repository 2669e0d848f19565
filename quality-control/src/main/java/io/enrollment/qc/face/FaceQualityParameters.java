package io.enrollment.qc.face;

import io.enrollment.core.profile.Profile;

/**
 * Every threshold the face checks are held against, read once from the profile ({@code threshold.face.*}
 * in {@code ru.properties}/{@code kg.properties}); the checks never hold a number of their own.
 *
 * @param maxYaw              R-FACE-2, degrees
 * @param maxPitch            R-FACE-3, degrees
 * @param maxRoll             R-FACE-4, degrees
 * @param minInterEye         R-FACE-5, pixels of the stored image (the remote-capture value when asked for)
 * @param minHeadMargin       R-FACE-6, distance of crown, chin and ears from the border, in inter-eye distances
 * @param maxOccluded         R-FACE-7, fraction of the brow-to-lip probe regions that look covered
 * @param faceCount           R-FACE-8, faces allowed
 * @param minDetectorScore    R-FACE-8, detector score from which a face or fragment counts
 * @param minEyesOpen         R-FACE-9, eyelid gap / eye-to-chin distance, smaller eye
 * @param minEyesVisible      R-FACE-9, fraction of the eye opening that does not look like skin, smaller eye
 * @param maxMouthOpen        R-FACE-9, inner-lip gap / eye-to-chin distance
 * @param maxSmile            R-FACE-9, smile probability
 * @param minLightBalance     R-FACE-10, darker / brighter half of the face, mean luminance
 * @param minFaceBrightness   R-FACE-10, mean face luminance, 0–255
 * @param maxClipped          R-FACE-10, % of face pixels at sensor saturation (glare, hot spots)
 * @param maxEditTraces       R-FACE-11, editing traces allowed
 * @param maxRecompression    R-FACE-11, double-JPEG-compression score of an imported JPEG
 * @param minEyeVisibility    R-FACE-12, eye-region / skin luminance (dark lenses read low)
 * @param maxLensGlare        R-FACE-12, % of saturated pixels around the eyes
 * @param bitsPerChannel      R-FACE-1
 * @param channels            R-FACE-1
 * @param minChroma           R-FACE-1, mean colourfulness of the face (greyscale stored as RGB reads ~0)
 * @param formatAccepted      R-FACE-13, 1 = JPEG or PNG
 * @param minSharpness        WS-FACE-SHARPNESS, Laplacian variance of the eye-normalised face
 * @param maxResampling       R-FACE-11, resampling-trace score of an imported file (NaN: not configured)
 * @param maxHappy            R-FACE-9, the expression network's "happy" probability
 * @param maxTeeth            R-FACE-9, fraction of the outer-lip area that looks like teeth
 * @param editEvidenceFails   R-FACE-11, whether evidence of processing (a second JPEG save, a resampling
 *                            trace) fails the image ({@code setting.face.edits.evidence=fail}) or leaves it
 *                            NOT_VERIFIED for a person to judge ({@code not-verified}, the default)
 */
public record FaceQualityParameters(double maxYaw, double maxPitch, double maxRoll, double minInterEye,
                                    double minHeadMargin, double maxOccluded, double faceCount,
                                    double minDetectorScore, double minEyesOpen, double minEyesVisible,
                                    double maxMouthOpen,
                                    double maxSmile, double minLightBalance, double minFaceBrightness,
                                    double maxClipped, double maxEditTraces, double maxRecompression,
                                    double minEyeVisibility,
                                    double maxLensGlare, double bitsPerChannel, double channels,
                                    double minChroma, double formatAccepted, double minSharpness,
                                    double maxResampling, boolean editEvidenceFails, double maxHappy,
                                    double maxTeeth) {

    /**
     * The thresholds as before the resampling trace and the expression network: no resampling threshold,
     * evidence not verified, no smile-network or teeth threshold (those measures are then NOT_VERIFIED).
     */
    public FaceQualityParameters(double maxYaw, double maxPitch, double maxRoll, double minInterEye,
                                 double minHeadMargin, double maxOccluded, double faceCount,
                                 double minDetectorScore, double minEyesOpen, double minEyesVisible,
                                 double maxMouthOpen,
                                 double maxSmile, double minLightBalance, double minFaceBrightness,
                                 double maxClipped, double maxEditTraces, double maxRecompression,
                                 double minEyeVisibility,
                                 double maxLensGlare, double bitsPerChannel, double channels,
                                 double minChroma, double formatAccepted, double minSharpness) {
        this(maxYaw, maxPitch, maxRoll, minInterEye, minHeadMargin, maxOccluded, faceCount, minDetectorScore,
                minEyesOpen, minEyesVisible, maxMouthOpen, maxSmile, minLightBalance, minFaceBrightness, maxClipped,
                maxEditTraces, maxRecompression, minEyeVisibility, maxLensGlare, bitsPerChannel, channels, minChroma,
                formatAccepted, minSharpness, Double.NaN, false, Double.NaN, Double.NaN);
    }

    /**
     * Reads the thresholds of {@code profile}.
     *
     * @param remote  the remote-capture case of R-FACE-5 (45 px instead of 120 px in {@code ru})
     * @throws IllegalStateException when the profile lacks a face threshold
     */
    public static FaceQualityParameters from(Profile profile, boolean remote) {
        return new FaceQualityParameters(
                profile.threshold("face.yaw.max"),
                profile.threshold("face.pitch.max"),
                profile.threshold("face.roll.max"),
                profile.threshold(remote ? "face.ied.remote.min" : "face.ied.min"),
                profile.threshold("face.head.margin.min"),
                profile.threshold("face.occlusion.max"),
                profile.threshold("face.count"),
                profile.threshold("face.detector.score.min"),
                profile.threshold("face.eyes.open.min"),
                profile.threshold("face.eyes.visible.min"),
                profile.threshold("face.mouth.open.max"),
                profile.threshold("face.smile.max"),
                profile.threshold("face.light.balance.min"),
                profile.threshold("face.light.brightness.min"),
                profile.threshold("face.light.clipped.max"),
                profile.threshold("face.edits.max"),
                profile.threshold("face.edits.recompression.max"),
                profile.threshold("face.glasses.eye-visibility.min"),
                profile.threshold("face.glasses.glare.max"),
                profile.threshold("face.bits-per-channel"),
                profile.threshold("face.channels"),
                profile.threshold("face.colour.chroma.min"),
                profile.threshold("face.format.accepted"),
                profile.threshold("face.sharpness.min"),
                // added after the first profiles: one without it leaves the resampling check NOT_VERIFIED
                profile.hasThreshold("face.edits.resampling.max") ? profile.threshold("face.edits.resampling.max") : Double.NaN,
                editEvidence(profile),
                profile.threshold("face.expression.happy.max"),
                profile.threshold("face.mouth.teeth.max"));
    }

    private static boolean editEvidence(Profile profile) {
        String policy = profile.setting("face.edits.evidence", "not-verified");
        return switch (policy) {
            case "fail" -> true;
            case "not-verified" -> false;
            default -> throw new IllegalStateException("profile " + profile.id()
                    + ": setting.face.edits.evidence must be fail or not-verified, not '" + policy + "'");
        };
    }
}
