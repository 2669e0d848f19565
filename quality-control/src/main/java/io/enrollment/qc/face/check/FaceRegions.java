package io.enrollment.qc.face.check;

import static io.enrollment.qc.face.model.AlignedFace.EYES_X;
import static io.enrollment.qc.face.model.AlignedFace.EYES_Y;
import static io.enrollment.qc.face.model.AlignedFace.IED;

import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.RegionStats;

/** Named regions of the {@link AlignedFace} geometry (image left = subject's right). */
final class FaceRegions {
    private FaceRegions() {
    }

    /** Skin below the eye on the image's left half: cheek and side of the nose, down to the mouth. */
    static RegionStats leftHalfSkin(AlignedFace f) {
        return f.stats(EYES_X - 0.85 * IED, EYES_Y + 0.25 * IED, EYES_X - 0.2 * IED, EYES_Y + 0.95 * IED);
    }

    static RegionStats rightHalfSkin(AlignedFace f) {
        return f.stats(EYES_X + 0.2 * IED, EYES_Y + 0.25 * IED, EYES_X + 0.85 * IED, EYES_Y + 0.95 * IED);
    }

    /** The eye region on one side (lens area of glasses). */
    static RegionStats eye(AlignedFace f, boolean imageLeft) {
        double cx = EYES_X + (imageLeft ? -0.5 : 0.5) * IED;
        return f.stats(cx - 0.28 * IED, EYES_Y - 0.12 * IED, cx + 0.28 * IED, EYES_Y + 0.12 * IED);
    }

    /** Both eyes with brows and the upper cheeks: where glasses sit. */
    static RegionStats periocular(AlignedFace f) {
        return f.stats(EYES_X - 0.95 * IED, EYES_Y - 0.35 * IED, EYES_X + 0.95 * IED, EYES_Y + 0.3 * IED);
    }

    /** Face interior from the brows to below the mouth. */
    static RegionStats face(AlignedFace f) {
        return f.stats(EYES_X - 0.85 * IED, EYES_Y - 0.45 * IED, EYES_X + 0.85 * IED, EYES_Y + 1.35 * IED);
    }
}
