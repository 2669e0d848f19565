package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.util.List;

/** R-FACE-5: distance between the eye centres in pixels of the image as stored. */
public final class InterEyeDistanceRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.mesh().isEmpty()) {
            return List.of(Checks.noFace("R-FACE-5", "inter-eye-distance", Comparison.AT_LEAST, p.minInterEye(), "px"));
        }
        double ied = a.mesh().get().interEyeDistance();
        return List.of(Checks.measured("R-FACE-5", "inter-eye-distance", ied, Comparison.AT_LEAST, p.minInterEye(), "px",
                GuidanceMessage.MOVE_CLOSER, lang, "eye centres = mean of the eye corners"));
    }
}
