package io.enrollment.qc.face.model;

/**
 * Face-mesh landmark indices the checks use (MediaPipe topology). "Right" and "left" are the
 * subject's: the subject's right eye is on the image's left.
 */
public final class MeshIndex {
    public static final int RIGHT_EYE_OUTER = 33;
    public static final int RIGHT_EYE_INNER = 133;
    public static final int LEFT_EYE_INNER = 362;
    public static final int LEFT_EYE_OUTER = 263;
    public static final int RIGHT_UPPER_LID = 159;
    public static final int RIGHT_LOWER_LID = 145;
    public static final int LEFT_UPPER_LID = 386;
    public static final int LEFT_LOWER_LID = 374;
    public static final int UPPER_INNER_LIP = 13;
    public static final int LOWER_INNER_LIP = 14;
    public static final int UPPER_OUTER_LIP = 0;
    public static final int LOWER_OUTER_LIP = 17;
    public static final int MOUTH_RIGHT = 61;
    public static final int MOUTH_LEFT = 291;
    public static final int CHIN = 152;
    public static final int FOREHEAD = 10;
    public static final int NOSE_TIP = 1;
    public static final int NOSE_BRIDGE = 168;
    public static final int RIGHT_CHEEK_EDGE = 234;
    public static final int LEFT_CHEEK_EDGE = 454;
    public static final int RIGHT_BROW_TOP = 105;
    public static final int LEFT_BROW_TOP = 334;
    /** Upper contour of each eye, outer to inner, and the lower contour. */
    public static final int[] RIGHT_EYE_CONTOUR = {33, 246, 161, 160, 159, 158, 157, 173, 133, 155, 154, 153, 145, 144, 163, 7};
    public static final int[] LEFT_EYE_CONTOUR = {263, 466, 388, 387, 386, 385, 384, 398, 362, 382, 381, 380, 374, 373, 390, 249};
    /** Outer contour of the lips: upper lip from the right corner, then the lower lip back to it. */
    public static final int[] OUTER_LIPS = {61, 185, 40, 39, 37, 0, 267, 269, 270, 409, 291, 375, 321, 405, 314, 17, 84, 181, 91, 146};
    /** Inner contour of the lips (where they meet when closed), right corner round and back to it. */
    public static final int[] INNER_LIPS = {78, 191, 80, 81, 82, 13, 312, 311, 310, 415, 308, 324, 318, 402, 317, 14, 87, 178, 88, 95, 78};
    /** Eyebrow points, outer to inner. */
    public static final int[] RIGHT_BROW = {70, 63, 105, 66, 107};
    public static final int[] LEFT_BROW = {300, 293, 334, 296, 336};
    /** Points on the cheeks below the eyes, used as the face's own skin reference. */
    public static final int RIGHT_CHEEK = 205;
    public static final int LEFT_CHEEK = 425;

    private MeshIndex() {
    }
}
