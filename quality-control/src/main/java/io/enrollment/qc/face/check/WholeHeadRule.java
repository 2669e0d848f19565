package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.MeshIndex;
import io.enrollment.qc.face.model.Point2;
import java.util.List;

/**
 * R-FACE-6: the whole head in frame. The crown is estimated one eye-to-chin distance above the eye
 * midpoint (the eyes sit about half-way down the head), the ears just outside the face contour at eye
 * level; measured is the smallest distance of crown, chin and both ears from the border, in inter-eye
 * distances (negative when outside).
 */
public final class WholeHeadRule implements FaceRule {
    /** Crown height above the eye midpoint, in eye-to-chin distances. */
    static final double CROWN = 1.0;
    /** Ear extent beyond the face contour at eye level, in inter-eye distances. */
    static final double EAR = 0.15;

    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.mesh().isEmpty()) {
            return List.of(Checks.noFace("R-FACE-6", "head-in-frame", Comparison.AT_LEAST, p.minHeadMargin(), "IED"));
        }
        FaceMesh m = a.mesh().get();
        Point2 re = m.rightEyeCentre();
        Point2 le = m.leftEyeCentre();
        double ied = re.distance(le);
        double ux = (le.x() - re.x()) / ied; // along the eye line, towards the image's right
        double uy = (le.y() - re.y()) / ied;
        double t = m.eyeToChin();
        Point2 mid = re.midpoint(le);
        Point2 crown = mid.plus(uy * CROWN * t, -ux * CROWN * t);
        Point2 chin = m.point(MeshIndex.CHIN);
        Point2 rightEar = m.point(MeshIndex.RIGHT_CHEEK_EDGE).plus(-ux * EAR * ied, -uy * EAR * ied);
        Point2 leftEar = m.point(MeshIndex.LEFT_CHEEK_EDGE).plus(ux * EAR * ied, uy * EAR * ied);
        double[] margins = {margin(crown, a), margin(chin, a), margin(rightEar, a), margin(leftEar, a)};
        String[] names = {"crown", "chin", "right ear", "left ear"};
        int worst = 0;
        for (int i = 1; i < margins.length; i++) {
            if (margins[i] < margins[worst]) {
                worst = i;
            }
        }
        double value = margins[worst] / ied;
        boolean tooBig = margins[0] < 0 && margins[1] < 0 || crown.distance(chin) > 0.9 * a.height();
        GuidanceMessage g = tooBig ? GuidanceMessage.MOVE_BACK : GuidanceMessage.CENTRE_HEAD;
        return List.of(Checks.measured("R-FACE-6", "head-in-frame", value, Comparison.AT_LEAST, p.minHeadMargin(), "IED",
                g, lang, "closest to the border: " + names[worst]));
    }

    private static double margin(Point2 q, FaceAnalysis a) {
        return Math.min(Math.min(q.x(), a.width() - 1 - q.x()), Math.min(q.y(), a.height() - 1 - q.y()));
    }
}
