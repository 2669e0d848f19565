package io.enrollment.qc.face.check;

import static io.enrollment.qc.face.model.AlignedFace.EYES_X;
import static io.enrollment.qc.face.model.AlignedFace.EYES_Y;
import static io.enrollment.qc.face.model.AlignedFace.IED;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.AlignedFace;
import java.util.List;

/**
 * WS-FACE-SHARPNESS: no rule names it, but a blurred face is useless. Variance of the 4-neighbour
 * Laplacian over the face interior at the fixed eye-normalised scale, so the figure does not depend on
 * the camera's resolution. Also used to pick the sharpest frame of a stable run.
 */
public final class SharpnessCheck implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.aligned().isEmpty()) {
            return List.of(Checks.noFace("WS-FACE-SHARPNESS", "sharpness", Comparison.AT_LEAST, p.minSharpness(), "variance"));
        }
        return List.of(Checks.measured("WS-FACE-SHARPNESS", "sharpness", sharpness(a.aligned().get()), Comparison.AT_LEAST,
                p.minSharpness(), "variance", GuidanceMessage.HOLD_STILL, lang, "Laplacian variance, 64 px between the eyes"));
    }

    /** Laplacian variance of the face interior. */
    public static double sharpness(AlignedFace f) {
        int x0 = (int) (EYES_X - 0.8 * IED);
        int x1 = (int) (EYES_X + 0.8 * IED);
        int y0 = (int) (EYES_Y - 0.4 * IED);
        int y1 = (int) (EYES_Y + 1.3 * IED);
        double s = 0;
        double ss = 0;
        int n = 0;
        for (int y = Math.max(1, y0); y < Math.min(AlignedFace.HEIGHT - 1, y1); y++) {
            for (int x = Math.max(1, x0); x < Math.min(AlignedFace.WIDTH - 1, x1); x++) {
                if (!f.valid(x, y) || !f.valid(x - 1, y) || !f.valid(x + 1, y) || !f.valid(x, y - 1) || !f.valid(x, y + 1)) {
                    continue;
                }
                double lap = f.luma(x - 1, y) + f.luma(x + 1, y) + f.luma(x, y - 1) + f.luma(x, y + 1) - 4 * f.luma(x, y);
                s += lap;
                ss += lap * lap;
                n++;
            }
        }
        if (n == 0) {
            return 0;
        }
        double mean = s / n;
        return ss / n - mean * mean;
    }
}
