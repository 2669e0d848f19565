package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.RegionStats;
import java.util.List;

/**
 * R-FACE-10: uniform lighting without shadows or glare. Left/right balance of the cheeks' mean
 * luminance (a side shadow), mean face luminance (under-exposure), and the fraction of face pixels at
 * sensor saturation (specular highlights, over-exposure).
 */
public final class LightingRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.aligned().isEmpty()) {
            return List.of(Checks.noFace("R-FACE-10", "light-balance", Comparison.AT_LEAST, p.minLightBalance(), "ratio"),
                    Checks.noFace("R-FACE-10", "face-brightness", Comparison.AT_LEAST, p.minFaceBrightness(), "level"),
                    Checks.noFace("R-FACE-10", "glare", Comparison.AT_MOST, p.maxClipped(), "%"));
        }
        AlignedFace f = a.aligned().get();
        RegionStats left = FaceRegions.leftHalfSkin(f);
        RegionStats right = FaceRegions.rightHalfSkin(f);
        double balance = Math.min(left.meanLuma(), right.meanLuma()) / Math.max(1, Math.max(left.meanLuma(), right.meanLuma()));
        RegionStats face = FaceRegions.face(f);
        return List.of(
                Checks.measured("R-FACE-10", "light-balance", balance, Comparison.AT_LEAST, p.minLightBalance(), "ratio",
                        GuidanceMessage.EVEN_LIGHT, lang, Checks.format("cheek luminance image-left %.0f, image-right %.0f",
                                left.meanLuma(), right.meanLuma())),
                Checks.measured("R-FACE-10", "face-brightness", face.meanLuma(), Comparison.AT_LEAST, p.minFaceBrightness(),
                        "level", GuidanceMessage.MORE_LIGHT, lang, "mean luma of the face, 0-255"),
                Checks.measured("R-FACE-10", "glare", 100 * face.saturated(), Comparison.AT_MOST, p.maxClipped(), "%",
                        GuidanceMessage.LESS_GLARE, lang, "near-white face pixels, every channel at 240 or more"));
    }
}
