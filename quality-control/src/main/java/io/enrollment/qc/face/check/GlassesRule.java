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
 * R-FACE-12: no sunglasses, no light artefacts on glasses. Dark lenses make the darker eye region much
 * darker than the cheeks; reflections are saturated pixels around the eyes.
 */
public final class GlassesRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.aligned().isEmpty()) {
            return List.of(Checks.noFace("R-FACE-12", "eye-visibility", Comparison.AT_LEAST, p.minEyeVisibility(), "ratio"),
                    Checks.noFace("R-FACE-12", "lens-glare", Comparison.AT_MOST, p.maxLensGlare(), "%"));
        }
        AlignedFace f = a.aligned().get();
        double skin = (FaceRegions.leftHalfSkin(f).meanLuma() + FaceRegions.rightHalfSkin(f).meanLuma()) / 2;
        double eyes = Math.min(FaceRegions.eye(f, true).meanLuma(), FaceRegions.eye(f, false).meanLuma());
        double visibility = eyes / Math.max(1, skin);
        RegionStats around = FaceRegions.periocular(f);
        return List.of(
                Checks.measured("R-FACE-12", "eye-visibility", visibility, Comparison.AT_LEAST, p.minEyeVisibility(), "ratio",
                        GuidanceMessage.REMOVE_SUNGLASSES, lang, "darker eye region / cheek luminance"),
                Checks.measured("R-FACE-12", "lens-glare", 100 * around.saturated(), Comparison.AT_MOST, p.maxLensGlare(), "%",
                        GuidanceMessage.GLASSES_GLARE, lang, "near-white pixels around the eyes, every channel at 240 or more"));
    }
}
