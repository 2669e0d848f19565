package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.ExpressionScores;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.MeshIndex;
import java.util.List;

/**
 * R-FACE-9: both eyes open (mesh eyelid gap, and the pixels inside the eye contour must look like an
 * eye, not skin), mouth closed (inner-lip gap, and no teeth showing between lips the mesh draws closed),
 * neutral expression (the mesh smile model, and the expression network's "happy" probability, which sees
 * closed-lip smiles in the cheeks and eyes). Ratios are to T, the eye-to-chin distance, so they do not
 * depend on the image size.
 */
public final class ExpressionRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.mesh().isEmpty()) {
            return List.of(Checks.noFace("R-FACE-9", "eyes-open", Comparison.AT_LEAST, p.minEyesOpen(), "ratio"),
                    Checks.noFace("R-FACE-9", "eyes-visible", Comparison.AT_LEAST, p.minEyesVisible(), "fraction"),
                    Checks.noFace("R-FACE-9", "mouth-closed", Comparison.AT_MOST, p.maxMouthOpen(), "ratio"),
                    Checks.noFace("R-FACE-9", "neutral-expression", Comparison.AT_MOST, p.maxSmile(), "probability"),
                    Checks.noFace("R-FACE-9", "teeth-visible", Comparison.AT_MOST, p.maxTeeth(), "fraction"),
                    Checks.noFace("R-FACE-9", "smile-network", Comparison.AT_MOST, p.maxHappy(), "probability"));
        }
        FaceMesh m = a.mesh().get();
        double t = m.eyeToChin();
        double right = m.point(MeshIndex.RIGHT_UPPER_LID).distance(m.point(MeshIndex.RIGHT_LOWER_LID)) / t;
        double left = m.point(MeshIndex.LEFT_UPPER_LID).distance(m.point(MeshIndex.LEFT_LOWER_LID)) / t;
        double lips = m.point(MeshIndex.UPPER_INNER_LIP).distance(m.point(MeshIndex.LOWER_INNER_LIP)) / t;
        double smile = SmileModel.probability(m);
        double visible = a.aligned().map(EyeAppearance::visibleFraction).orElse(0.0);
        return List.of(
                Checks.measured("R-FACE-9", "eyes-open", Math.min(right, left), Comparison.AT_LEAST, p.minEyesOpen(), "ratio",
                        GuidanceMessage.OPEN_EYES, lang, Checks.format("eyelid gap / eye-to-chin: right %.3f, left %.3f", right, left)),
                Checks.measured("R-FACE-9", "eyes-visible", visible, Comparison.AT_LEAST, p.minEyesVisible(), "fraction",
                        GuidanceMessage.OPEN_EYES, lang, "eye-opening pixels unlike the skin below the eye, smaller eye"),
                Checks.measured("R-FACE-9", "mouth-closed", lips, Comparison.AT_MOST, p.maxMouthOpen(), "ratio",
                        GuidanceMessage.CLOSE_MOUTH, lang, "inner-lip gap / eye-to-chin"),
                Checks.measured("R-FACE-9", "neutral-expression", smile, Comparison.AT_MOST, p.maxSmile(), "probability",
                        GuidanceMessage.NEUTRAL_FACE, lang, "smile model on mouth width, corner lift, corner depth, corner height"),
                teethVisible(a, p, lang),
                smileNetwork(a, p, lang));
    }

    private static CheckResult teethVisible(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (Double.isNaN(p.maxTeeth())) {
            return CheckResult.notVerified("R-FACE-9", "teeth-visible", Comparison.AT_MOST, p.maxTeeth(), "fraction",
                    "the profile sets no threshold.face.mouth.teeth.max");
        }
        if (a.aligned().isEmpty()) { // no aligned crop, nothing to look at: not a pass
            return CheckResult.notVerified("R-FACE-9", "teeth-visible", Comparison.AT_MOST, p.maxTeeth(), "fraction",
                    "the face could not be aligned, so the mouth was not looked at");
        }
        double teeth = MouthAppearance.teethFraction(a.aligned().get());
        return Checks.measured("R-FACE-9", "teeth-visible", teeth, Comparison.AT_MOST, p.maxTeeth(), "fraction",
                GuidanceMessage.CLOSE_MOUTH, lang, "pixels near the lip line brighter and far less saturated than the lower lip");
    }

    private static CheckResult smileNetwork(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (Double.isNaN(p.maxHappy())) {
            return CheckResult.notVerified("R-FACE-9", "smile-network", Comparison.AT_MOST, p.maxHappy(), "probability",
                    "the profile sets no threshold.face.expression.happy.max");
        }
        if (a.expression().isEmpty()) {
            return CheckResult.notVerified("R-FACE-9", "smile-network", Comparison.AT_MOST, p.maxHappy(), "probability",
                    "the expression network did not run on this image");
        }
        ExpressionScores e = a.expression().get();
        return Checks.measured("R-FACE-9", "smile-network", e.happy(), Comparison.AT_MOST, p.maxHappy(), "probability",
                GuidanceMessage.NEUTRAL_FACE, lang, Checks.format("expression network (face-api): happy %.3f, neutral %.3f",
                        e.happy(), e.probability(ExpressionScores.NEUTRAL)));
    }
}
