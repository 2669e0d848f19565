package io.enrollment.qc.face.model;

import java.util.List;
import java.util.Objects;

/**
 * One face found by the detector, in image pixels. The box may extend beyond the image when the face
 * is cut by the border.
 *
 * @param score      detector confidence in [0, 1]
 * @param left       box left edge
 * @param top        box top edge
 * @param width      box width
 * @param height     box height
 * @param keypoints  six keypoints: subject's right eye, left eye, nose tip, mouth centre,
 *                   right ear tragion, left ear tragion
 */
public record FaceDetection(double score, double left, double top, double width, double height,
                            List<Point2> keypoints) {
    public static final int RIGHT_EYE = 0;
    public static final int LEFT_EYE = 1;
    public static final int NOSE_TIP = 2;
    public static final int MOUTH = 3;
    public static final int RIGHT_TRAGION = 4;
    public static final int LEFT_TRAGION = 5;

    public FaceDetection {
        keypoints = List.copyOf(Objects.requireNonNull(keypoints, "keypoints"));
        if (keypoints.size() != 6) {
            throw new IllegalArgumentException("BlazeFace gives 6 keypoints, not " + keypoints.size());
        }
    }

    public Point2 keypoint(int index) {
        return keypoints.get(index);
    }

    public double area() {
        return width * height;
    }

    public Point2 centre() {
        return new Point2(left + width / 2, top + height / 2);
    }

    /** The same detection in an image {@code factor} times larger (found on a reduced copy, kept in the original's pixels). */
    public FaceDetection scaled(double factor) {
        List<Point2> k = keypoints.stream().map(p -> new Point2(p.x() * factor, p.y() * factor)).toList();
        return new FaceDetection(score, left * factor, top * factor, width * factor, height * factor, k);
    }

    /** Intersection over union with another box. */
    public double iou(FaceDetection o) {
        double ix = Math.max(0, Math.min(left + width, o.left + o.width) - Math.max(left, o.left));
        double iy = Math.max(0, Math.min(top + height, o.top + o.height) - Math.max(top, o.top));
        double inter = ix * iy;
        double union = area() + o.area() - inter;
        return union <= 0 ? 0 : inter / union;
    }
}
