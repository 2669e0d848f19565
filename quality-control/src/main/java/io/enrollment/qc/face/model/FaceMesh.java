package io.enrollment.qc.face.model;

import java.util.Arrays;

/**
 * The 468 MediaPipe face-mesh landmarks in image pixels (x right, y down) with a depth per point
 * (z in the same pixel scale, larger = farther from the camera). Indices are MediaPipe's; the ones the
 * checks use are named in {@link MeshIndex}. Under occlusion the model invents plausible points, so the
 * mesh alone can never prove that a region is visible.
 */
public final class FaceMesh {
    public static final int POINTS = 468;
    private final double[] x;
    private final double[] y;
    private final double[] z;

    public FaceMesh(double[] x, double[] y, double[] z) {
        if (x.length != POINTS || y.length != POINTS || z.length != POINTS) {
            throw new IllegalArgumentException("a face mesh has " + POINTS + " points");
        }
        this.x = x.clone();
        this.y = y.clone();
        this.z = z.clone();
    }

    public Point2 point(int i) {
        return new Point2(x[i], y[i]);
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    public double z(int i) {
        return z[i];
    }

    /** Mean of several points. */
    public Point2 centroid(int... indices) {
        double sx = 0;
        double sy = 0;
        for (int i : indices) {
            sx += x[i];
            sy += y[i];
        }
        return new Point2(sx / indices.length, sy / indices.length);
    }

    /** Bounding box of all points: {minX, minY, maxX, maxY}. */
    public double[] bounds() {
        return new double[] {Arrays.stream(x).min().orElseThrow(), Arrays.stream(y).min().orElseThrow(),
                Arrays.stream(x).max().orElseThrow(), Arrays.stream(y).max().orElseThrow()};
    }

    /** The subject's right eye centre (image left): mean of its two corners. */
    public Point2 rightEyeCentre() {
        return centroid(MeshIndex.RIGHT_EYE_OUTER, MeshIndex.RIGHT_EYE_INNER);
    }

    /** The subject's left eye centre (image right). */
    public Point2 leftEyeCentre() {
        return centroid(MeshIndex.LEFT_EYE_INNER, MeshIndex.LEFT_EYE_OUTER);
    }

    /** Distance between the eye centres, pixels. */
    public double interEyeDistance() {
        return rightEyeCentre().distance(leftEyeCentre());
    }

    /** T: distance from the eye midpoint to the chin, the face's own length unit. */
    public double eyeToChin() {
        return rightEyeCentre().midpoint(leftEyeCentre()).distance(point(MeshIndex.CHIN));
    }

    /** The same mesh mirrored about the vertical line {@code x = axis} (left and right points swap roles). */
    public FaceMesh mirrored(double axis) {
        double[] mx = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            mx[i] = 2 * axis - x[i];
        }
        return new FaceMesh(mx, y, z);
    }
}
