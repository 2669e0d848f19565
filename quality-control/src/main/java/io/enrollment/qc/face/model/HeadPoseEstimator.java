package io.enrollment.qc.face.model;

/**
 * Head pose from the mesh and the canonical face model, about 0.1 ms.
 *
 * <ul>
 *   <li>Yaw and roll come from a rigid (similarity) fit of the mesh to the canonical model: weighted
 *       absolute orientation (Horn's quaternion method) over MediaPipe's Procrustes landmarks, then the
 *       Euler angles of the rotation.</li>
 *   <li>Pitch is the tilt of the Frankfurt line (ear to lower eyelid) against the canonical model, the
 *       reference ISO/IEC 19794-5 uses for head pitch, with the depth lever taken from the canonical
 *       model at the fitted scale. The rigid fit's own pitch is kept as {@link HeadPose} detail: on the
 *       30 neutral frontal portraits it spreads twice as wide (rms 4.4° against 2.5°), because the mesh's
 *       depth is a guess and the central landmarks have a short lever.</li>
 * </ul>
 */
public final class HeadPoseEstimator {
    /**
     * Degrees the Frankfurt pitch reads on frontal studio portraits, subtracted from every pitch:
     * the median over the neutral frontal photographs of {@code shared/testdata/faces}
     * ({@code HeadPoseCalibrationTest} re-measures it).
     */
    public static final double FRONTAL_PITCH_BIAS = 0.9;

    private static final int[] LIDS = {MeshIndex.RIGHT_LOWER_LID, MeshIndex.LEFT_LOWER_LID};
    private static final int[] EARS = {MeshIndex.RIGHT_CHEEK_EDGE, MeshIndex.LEFT_CHEEK_EDGE};

    private final int[] ids;
    private final double[] weights;
    private final double[][] model;
    private final double pitchBias;
    private final double eyeCornerSpanCm;
    private final double frankfurtDepthCm;
    private final double frankfurtRiseCm;

    /**
     * @param canonical  the canonical face model
     * @param pitchBias  degrees subtracted from every pitch (normally {@link #FRONTAL_PITCH_BIAS})
     */
    public HeadPoseEstimator(CanonicalFaceModel canonical, double pitchBias) {
        this.ids = canonical.basisIds();
        this.weights = canonical.basisWeights();
        this.model = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            model[i] = canonical.vertex(ids[i]);
        }
        this.pitchBias = pitchBias;
        double[] r = canonical.vertex(MeshIndex.RIGHT_EYE_OUTER);
        double[] l = canonical.vertex(MeshIndex.LEFT_EYE_OUTER);
        this.eyeCornerSpanCm = Math.hypot(l[0] - r[0], l[1] - r[1]);
        this.frankfurtDepthCm = mean(canonical, LIDS, 2) - mean(canonical, EARS, 2);
        this.frankfurtRiseCm = mean(canonical, LIDS, 1) - mean(canonical, EARS, 1);
    }

    /**
     * Beyond this detector yaw (degrees) the mesh is not trusted for yaw: on profile views it collapses
     * and its fit can read almost frontal, while the detector's nose and eye keypoints stay right.
     */
    public static final double PROFILE_YAW = 30;
    /** Nose-tip depth in front of the eye centres, in inter-eye distances (canonical model). */
    private static final double NOSE_DEPTH = 0.68;

    /**
     * Pose of a face, with the detector's keypoints as a guard for profile views: when they say the head
     * is turned beyond {@link #PROFILE_YAW}, their yaw is reported.
     */
    public HeadPose estimate(FaceMesh mesh, FaceDetection face) {
        HeadPose fit = estimate(mesh);
        double keypointYaw = keypointYaw(face);
        if (Math.abs(keypointYaw) > PROFILE_YAW && Math.abs(keypointYaw) > Math.abs(fit.yaw())) {
            return new HeadPose(keypointYaw, fit.pitch(), fit.roll(), fit.fitPitch());
        }
        return fit;
    }

    /** Yaw from the nose tip's offset against the eyes, positive when the face points to the image's left. */
    static double keypointYaw(FaceDetection face) {
        Point2 re = face.keypoint(FaceDetection.RIGHT_EYE);
        Point2 le = face.keypoint(FaceDetection.LEFT_EYE);
        Point2 nose = face.keypoint(FaceDetection.NOSE_TIP);
        double ied = Math.max(1e-6, re.distance(le));
        double dx = nose.x() - (re.x() + le.x()) / 2;
        return -Math.toDegrees(Math.atan(dx / (NOSE_DEPTH * ied)));
    }

    /** Pose of one mesh (rigid fit for yaw and roll, Frankfurt line for pitch). */
    public HeadPose estimate(FaceMesh mesh) {
        int n = ids.length;
        double[][] obs = new double[n][];
        for (int i = 0; i < n; i++) {
            // image (x right, y down, z away) -> model frame (x right, y up, z towards the viewer)
            obs[i] = new double[] {mesh.x(ids[i]), -mesh.y(ids[i]), -mesh.z(ids[i])};
        }
        double[][] r = rotation(model, obs, weights);
        // r = Rz(roll)·Ry(yaw)·Rx(pitch) maps model -> observed. Ry > 0 turns the nose to the image's
        // right, Rx > 0 turns it down, Rz > 0 is counter-clockwise on screen.
        double yaw = -Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, -r[2][0]))));
        double fitPitch = -Math.toDegrees(Math.atan2(r[2][1], r[2][2]));
        double roll = Math.toDegrees(Math.atan2(r[1][0], r[0][0]));
        return new HeadPose(yaw, frankfurtPitch(mesh, yaw) - pitchBias, roll, fitPitch);
    }

    /** Chin-up-positive tilt of the ear–lower-eyelid line against the canonical head, degrees. */
    private double frankfurtPitch(FaceMesh mesh, double yawDeg) {
        double angle = Math.atan2(mesh.y(MeshIndex.LEFT_EYE_OUTER) - mesh.y(MeshIndex.RIGHT_EYE_OUTER),
                mesh.x(MeshIndex.LEFT_EYE_OUTER) - mesh.x(MeshIndex.RIGHT_EYE_OUTER));
        double span = mesh.point(MeshIndex.RIGHT_EYE_OUTER).distance(mesh.point(MeshIndex.LEFT_EYE_OUTER))
                / Math.max(0.2, Math.cos(Math.toRadians(yawDeg)));
        double cmPerPixel = eyeCornerSpanCm / span;
        // Height of the lids above the ears, in the face's own (roll-free) frame, y up.
        double rise = (down(mesh, EARS, angle) - down(mesh, LIDS, angle)) * cmPerPixel;
        // A chin-up turn by p lifts the lids over the ears by rise = Δy·cos p + Δz·sin p = R·sin(p + φ).
        double r = Math.hypot(frankfurtRiseCm, frankfurtDepthCm);
        double phi = Math.atan2(frankfurtRiseCm, frankfurtDepthCm);
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, rise / r))) - phi);
    }

    private static double down(FaceMesh mesh, int[] points, double angle) {
        double sum = 0;
        for (int i : points) {
            sum += -Math.sin(angle) * mesh.x(i) + Math.cos(angle) * mesh.y(i);
        }
        return sum / points.length;
    }

    private static double mean(CanonicalFaceModel canonical, int[] points, int axis) {
        double sum = 0;
        for (int i : points) {
            sum += canonical.vertex(i)[axis];
        }
        return sum / points.length;
    }

    /** Rotation that best maps the weighted, centred {@code a} onto {@code b} (Horn 1987). */
    static double[][] rotation(double[][] a, double[][] b, double[] w) {
        double[] ca = centroid(a, w);
        double[] cb = centroid(b, w);
        double[][] s = new double[3][3];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    s[j][k] += w[i] * (a[i][j] - ca[j]) * (b[i][k] - cb[k]);
                }
            }
        }
        double sxx = s[0][0];
        double sxy = s[0][1];
        double sxz = s[0][2];
        double syx = s[1][0];
        double syy = s[1][1];
        double syz = s[1][2];
        double szx = s[2][0];
        double szy = s[2][1];
        double szz = s[2][2];
        double[][] nm = {
            {sxx + syy + szz, syz - szy, szx - sxz, sxy - syx},
            {syz - szy, sxx - syy - szz, sxy + syx, szx + sxz},
            {szx - sxz, sxy + syx, -sxx + syy - szz, syz + szy},
            {sxy - syx, szx + sxz, syz + szy, -sxx - syy + szz}};
        double[] q = SymmetricEigen.largestEigenvector(nm);
        double q0 = q[0];
        double qx = q[1];
        double qy = q[2];
        double qz = q[3];
        return new double[][] {
            {q0 * q0 + qx * qx - qy * qy - qz * qz, 2 * (qx * qy - q0 * qz), 2 * (qx * qz + q0 * qy)},
            {2 * (qy * qx + q0 * qz), q0 * q0 - qx * qx + qy * qy - qz * qz, 2 * (qy * qz - q0 * qx)},
            {2 * (qz * qx - q0 * qy), 2 * (qz * qy + q0 * qx), q0 * q0 - qx * qx - qy * qy + qz * qz}};
    }

    private static double[] centroid(double[][] p, double[] w) {
        double[] c = new double[3];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            for (int k = 0; k < 3; k++) {
                c[k] += w[i] * p[i][k];
            }
            total += w[i];
        }
        for (int k = 0; k < 3; k++) {
            c[k] /= total;
        }
        return c;
    }
}
