package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.HeadPose;
import java.util.List;

/** R-FACE-2, R-FACE-3, R-FACE-4: head rotation from frontal, absolute value in degrees. */
public final class PoseRules {
    private PoseRules() {
    }

    /** R-FACE-2: yaw at most the profile's limit. */
    public static final class Yaw implements FaceRule {
        @Override
        public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
            if (a.pose().isEmpty()) {
                return List.of(Checks.noFace("R-FACE-2", "yaw", Comparison.AT_MOST, p.maxYaw(), "deg"));
            }
            double yaw = a.pose().get().yaw();
            // yaw > 0: the face points to the image's left, i.e. the subject turned to their right.
            GuidanceMessage g = yaw > 0 ? GuidanceMessage.TURN_LEFT : GuidanceMessage.TURN_RIGHT;
            return List.of(Checks.measured("R-FACE-2", "yaw", Math.abs(yaw), Comparison.AT_MOST, p.maxYaw(), "deg", g, lang,
                    Checks.format("signed %+.1f (positive: face points to the image's left)", yaw)));
        }
    }

    /** R-FACE-3: pitch at most the profile's limit. */
    public static final class Pitch implements FaceRule {
        @Override
        public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
            if (a.pose().isEmpty()) {
                return List.of(Checks.noFace("R-FACE-3", "pitch", Comparison.AT_MOST, p.maxPitch(), "deg"));
            }
            HeadPose pose = a.pose().get();
            GuidanceMessage g = pose.pitch() > 0 ? GuidanceMessage.CHIN_DOWN : GuidanceMessage.CHIN_UP;
            return List.of(Checks.measured("R-FACE-3", "pitch", Math.abs(pose.pitch()), Comparison.AT_MOST, p.maxPitch(), "deg",
                    g, lang, Checks.format("signed %+.1f (positive: chin up), rigid-fit pitch %+.1f", pose.pitch(), pose.fitPitch())));
        }
    }

    /** R-FACE-4: roll at most the profile's limit. */
    public static final class Roll implements FaceRule {
        @Override
        public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
            if (a.pose().isEmpty()) {
                return List.of(Checks.noFace("R-FACE-4", "roll", Comparison.AT_MOST, p.maxRoll(), "deg"));
            }
            double roll = a.pose().get().roll();
            return List.of(Checks.measured("R-FACE-4", "roll", Math.abs(roll), Comparison.AT_MOST, p.maxRoll(), "deg",
                    GuidanceMessage.STRAIGHTEN_HEAD, lang, Checks.format("signed %+.1f (positive: counter-clockwise)", roll)));
        }
    }
}
