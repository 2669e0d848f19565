package io.enrollment.qc.face.model;

/**
 * Head pose from a rigid (similarity) fit of the mesh to the canonical face model: weighted absolute
 * orientation (Horn's quaternion method) over MediaPipe's Procrustes landmarks, then Euler angles of the
 * rotation. About 0.1 ms. The mesh is orthographic, so the fit is too.
 */
public final class HeadPoseEstimator {
    private final int[] ids;
    private final double[] weights;
    private final double[][] model;
    private final double pitchBias;

    /**
     * @param canonical  the canonical face model
     * @param pitchBias  degrees the raw fit reads on frontal portraits (subtracted from every pitch); see
     *                   {@link #FRONTAL_PITCH_BIAS}
     */
    public HeadPoseEstimator(CanonicalFaceModel canonical, double pitchBias) {
        this.ids = ALL ? java.util.stream.IntStream.range(0, FaceMesh.POINTS).toArray() : canonical.basisIds();
        this.weights = ALL ? java.util.stream.DoubleStream.generate(() -> 1).limit(FaceMesh.POINTS).toArray() : canonical.basisWeights();
        this.model = new double[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            model[i] = canonical.vertex(ids[i]);
        }
        this.pitchBias = pitchBias;
    }

    /**
     * Raw pitch of the rigid fit on frontal studio portraits, degrees: the mesh's own "frontal" is tilted
     * against the canonical model. Calibrated as the median over the 30 neutral frontal photographs of
     * {@code shared/testdata/faces} ({@code FacePoseCalibrationTest} re-measures it).
     */
    public static final double FRONTAL_PITCH_BIAS = 0.0;

    /** Pose of one mesh. */
    public HeadPose estimate(FaceMesh mesh) {
        int n = ids.length;
        double[][] obs = new double[n][];
        for (int i = 0; i < n; i++) {
            // image (x right, y down, z away) -> model frame (x right, y up, z towards the viewer)
            obs[i] = new double[] {mesh.x(ids[i]), -mesh.y(ids[i]), -mesh.z(ids[i])};
        }
        double[][] r = rotation(model, obs, weights);
        for (int iter = 0; iter < ITERATIONS; iter++) {
            // Orthographic refinement: the mesh's x and y are measured, its z only guessed; replace each
            // observed depth by the fitted model's depth and fit again.
            double[][] fitted = transform(model, obs, weights, r);
            for (int i = 0; i < n; i++) {
                obs[i][2] = fitted[i][2];
            }
            r = rotation(model, obs, weights);
        }
        // r = Rz(roll)·Ry(yaw)·Rx(pitch), maps model -> observed
        double yawRad = Math.asin(Math.max(-1, Math.min(1, -r[2][0])));
        double pitchRad = Math.atan2(r[2][1], r[2][2]);
        double rollRad = Math.atan2(r[1][0], r[0][0]);
        return new HeadPose(Math.toDegrees(yawRad), Math.toDegrees(pitchRad) - pitchBias, Math.toDegrees(rollRad));
    }

    static int ITERATIONS = 0;
    static boolean ALL = false;

    /** The model points under the similarity transform with rotation {@code r} fitted to {@code b}. */
    private static double[][] transform(double[][] a, double[][] b, double[] w, double[][] r) {
        double[] ca = centroid(a, w);
        double[] cb = centroid(b, w);
        double num = 0;
        double den = 0;
        double[][] ra = new double[a.length][3];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 3; k++) {
                    ra[i][j] += r[j][k] * (a[i][k] - ca[k]);
                }
            }
            for (int j = 0; j < 2; j++) {
                num += w[i] * ra[i][j] * (b[i][j] - cb[j]);
                den += w[i] * ra[i][j] * ra[i][j];
            }
        }
        double scale = num / den;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < 3; j++) {
                ra[i][j] = ra[i][j] * scale + cb[j];
            }
        }
        return ra;
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
