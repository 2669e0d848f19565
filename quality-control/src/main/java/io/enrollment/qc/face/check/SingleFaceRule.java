package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.util.List;

/**
 * R-FACE-8: exactly one face. The detector sees the whole frame, so faces cut by the border and small
 * faces in the background count as well.
 */
public final class SingleFaceRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        int n = (int) a.faces().stream().filter(f -> f.score() >= p.minDetectorScore()).count();
        GuidanceMessage g = n == 0 ? GuidanceMessage.NO_FACE : GuidanceMessage.ONE_PERSON;
        return List.of(Checks.measured("R-FACE-8", "face-count", n, Comparison.EQUAL, p.faceCount(), "count", g, lang,
                Checks.format("detector score from %.2f", p.minDetectorScore())));
    }
}
