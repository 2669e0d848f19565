package io.enrollment.qc.face.capture;

import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.MeshIndex;
import io.enrollment.qc.face.model.Point2;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * The standard portrait geometry (cropping is allowed by R-FACE-11): a 3:4 frame with the eye midpoint
 * centred horizontally, {@link #ABOVE_EYES} eye-to-chin distances of room above the eyes and
 * {@link #BELOW_EYES} below (OFIQ's unified crop: at least 1.4·T above, 1.8·T below).
 */
public final class PortraitCropper {
    static final double ABOVE_EYES = 1.45;
    static final double BELOW_EYES = 1.85;

    private PortraitCropper() {
    }

    /**
     * The crop rectangle: the standard geometry when the frame holds it, otherwise the largest 3:4
     * rectangle of the frame placed the same way around the eyes (the stored re-check then decides
     * whether the whole head is still in it). Empty when the frame is too small for any 3:4 crop.
     */
    public static Optional<Rect> crop(FaceMesh mesh, int imageWidth, int imageHeight) {
        Point2 mid = mesh.rightEyeCentre().midpoint(mesh.leftEyeCentre());
        double t = mid.distance(mesh.point(MeshIndex.CHIN));
        double height = Math.min((ABOVE_EYES + BELOW_EYES) * t, Math.min(imageHeight, imageWidth * 4.0 / 3));
        double width = height * 3 / 4;
        if (width < 2 || height < 2) {
            return Optional.empty();
        }
        double top = mid.y() - ABOVE_EYES / (ABOVE_EYES + BELOW_EYES) * height;
        int x = (int) Math.round(clamp(mid.x() - width / 2, 0, imageWidth - width));
        int y = (int) Math.round(clamp(top, 0, imageHeight - height));
        int w = (int) Math.min(Math.round(width), imageWidth - x);
        int h = (int) Math.min(Math.round(height), imageHeight - y);
        return Optional.of(new Rect(x, y, w, h));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
