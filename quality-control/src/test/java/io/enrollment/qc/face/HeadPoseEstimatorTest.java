package io.enrollment.qc.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.qc.face.model.CanonicalFaceModel;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.HeadPose;
import io.enrollment.qc.face.model.HeadPoseEstimator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pose on meshes the test makes itself: the canonical head rotated by known angles and projected into
 * an image, so the truth is exact and nothing from {@code shared/} is needed.
 */
class HeadPoseEstimatorTest {
    private static CanonicalFaceModel canonical;
    private static HeadPoseEstimator estimator;

    @BeforeAll
    static void load() {
        canonical = CanonicalFaceModel.load();
        estimator = new HeadPoseEstimator(canonical, 0);
    }

    /** Canonical head turned by the given signed angles (this workstation's conventions), as image pixels. */
    private static FaceMesh head(double yawDeg, double pitchDeg, double rollDeg) {
        // Model frame: x right, y up, z to the viewer. yaw > 0 turns the nose to the image's left (-x),
        // pitch > 0 raises the nose (+y), roll > 0 is counter-clockwise on screen.
        double yaw = Math.toRadians(-yawDeg);
        double pitch = Math.toRadians(-pitchDeg);
        double roll = Math.toRadians(rollDeg);
        double[] x = new double[FaceMesh.POINTS];
        double[] y = new double[FaceMesh.POINTS];
        double[] z = new double[FaceMesh.POINTS];
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            double[] v = canonical.vertex(i);
            // Rx(pitch)
            double y1 = v[1] * Math.cos(pitch) - v[2] * Math.sin(pitch);
            double z1 = v[1] * Math.sin(pitch) + v[2] * Math.cos(pitch);
            // Ry(yaw)
            double x2 = v[0] * Math.cos(yaw) + z1 * Math.sin(yaw);
            double z2 = -v[0] * Math.sin(yaw) + z1 * Math.cos(yaw);
            // Rz(roll)
            double x3 = x2 * Math.cos(roll) - y1 * Math.sin(roll);
            double y3 = x2 * Math.sin(roll) + y1 * Math.cos(roll);
            double scale = 20; // pixels per cm
            x[i] = 640 + scale * x3;
            y[i] = 360 - scale * y3;
            z[i] = -scale * z2;
        }
        return new FaceMesh(x, y, z);
    }

    @Test
    void frontalHeadReadsZero() {
        HeadPose p = estimator.estimate(head(0, 0, 0));
        assertEquals(0, p.yaw(), 0.01);
        assertEquals(0, p.pitch(), 0.01);
        assertEquals(0, p.roll(), 0.01);
    }

    @Test
    void rFace2YawIsRecoveredWithItsSign() {
        assertEquals(12, estimator.estimate(head(12, 0, 0)).yaw(), 0.1);
        assertEquals(-7, estimator.estimate(head(-7, 0, 0)).yaw(), 0.1);
    }

    @Test
    void rFace2MirrorFlipsYaw() {
        FaceMesh turned = head(9, 0, 0);
        HeadPose original = estimator.estimate(turned);
        HeadPose mirrored = estimator.estimate(mirrorWithSwappedSides(turned));
        assertEquals(-original.yaw(), mirrored.yaw(), 0.5);
    }

    @Test
    void rFace3PitchIsRecoveredWithItsSign() {
        assertEquals(8, estimator.estimate(head(0, 8, 0)).pitch(), 0.5);
        assertEquals(-6, estimator.estimate(head(0, -6, 0)).pitch(), 0.5);
        // the rigid fit agrees on an exact head
        assertEquals(8, estimator.estimate(head(0, 8, 0)).fitPitch(), 0.1);
    }

    @Test
    void rFace4RollFollowsImageRotation() {
        FaceMesh base = head(3, 2, 0);
        for (double angle : new double[] {5, -11, 20}) {
            HeadPose p = estimator.estimate(rotateImage(base, angle));
            assertEquals(angle, p.roll(), 0.2, "roll after rotating the image by " + angle);
            assertEquals(3, p.yaw(), 0.3, "yaw unchanged by an image rotation");
        }
    }

    @Test
    void combinedPoseStaysSeparable() {
        HeadPose p = estimator.estimate(head(10, -5, 6));
        assertEquals(10, p.yaw(), 0.5);
        assertEquals(-5, p.pitch(), 1.0);
        assertEquals(6, p.roll(), 0.5);
        assertTrue(Math.abs(p.fitPitch() + 5) < 0.5);
    }

    /** Counter-clockwise (as displayed) rotation of the image about its centre. */
    static FaceMesh rotateImage(FaceMesh m, double degrees) {
        double a = Math.toRadians(degrees);
        double[] x = new double[FaceMesh.POINTS];
        double[] y = new double[FaceMesh.POINTS];
        double[] z = new double[FaceMesh.POINTS];
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            double dx = m.x(i) - 640;
            double dy = m.y(i) - 360;
            // y points down: a counter-clockwise turn on screen is (dx, dy) -> (dx cos + dy sin, -dx sin + dy cos)
            x[i] = 640 + dx * Math.cos(a) + dy * Math.sin(a);
            y[i] = 360 - dx * Math.sin(a) + dy * Math.cos(a);
            z[i] = m.z(i);
        }
        return new FaceMesh(x, y, z);
    }

    /** A mirror image: x flipped and the mesh's left/right points swapped (the canonical model is symmetric). */
    private static FaceMesh mirrorWithSwappedSides(FaceMesh m) {
        FaceMesh flipped = m.mirrored(640);
        double[] x = new double[FaceMesh.POINTS];
        double[] y = new double[FaceMesh.POINTS];
        double[] z = new double[FaceMesh.POINTS];
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            int j = partner(i);
            x[i] = flipped.x(j);
            y[i] = flipped.y(j);
            z[i] = flipped.z(j);
        }
        return new FaceMesh(x, y, z);
    }

    /** The canonical vertex mirrored across the face's midline. */
    private static int partner(int i) {
        double[] v = canonical.vertex(i);
        int best = i;
        double bestD = Double.MAX_VALUE;
        for (int j = 0; j < FaceMesh.POINTS; j++) {
            double[] w = canonical.vertex(j);
            double d = Math.pow(v[0] + w[0], 2) + Math.pow(v[1] - w[1], 2) + Math.pow(v[2] - w[2], 2);
            if (d < bestD) {
                bestD = d;
                best = j;
            }
        }
        return best;
    }
}
