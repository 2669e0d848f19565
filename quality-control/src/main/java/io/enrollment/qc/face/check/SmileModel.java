package io.enrollment.qc.face.check;

import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.MeshIndex;

/**
 * Probability that a face smiles, from four mesh measures: mouth width / inter-eye distance, lift of
 * the mouth corners above the lip centre, depth of the corners behind the lips, and height of the
 * corners below the eye line. A logistic model fitted on the 27 neutral and 27 smiling frontal
 * portraits of {@code shared/testdata/faces} (leave-one-person-out: 6 to 8 of 54 wrong at p = 0.5).
 * Closed-lip smiles are the hard case; the lip gap alone cannot see them.
 */
final class SmileModel {
    private static final double[] MEAN = {0.8581, 0.01201, 0.2853, 0.5787};
    private static final double[] SD = {0.09334, 0.02498, 0.02756, 0.02840};
    private static final double[] WEIGHT = {1.241, 1.283, 1.065, -1.342};
    private static final double BIAS = 0.762;

    private SmileModel() {
    }

    static double probability(FaceMesh m) {
        double[] f = features(m);
        double z = BIAS;
        for (int i = 0; i < f.length; i++) {
            z += WEIGHT[i] * (f[i] - MEAN[i]) / SD[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** {mouth width / IED, corner lift / T, corner depth / IED, corner height below the eyes / T}. */
    static double[] features(FaceMesh m) {
        double t = m.eyeToChin();
        double ied = m.interEyeDistance();
        double angle = Math.atan2(m.y(MeshIndex.LEFT_EYE_OUTER) - m.y(MeshIndex.RIGHT_EYE_OUTER),
                m.x(MeshIndex.LEFT_EYE_OUTER) - m.x(MeshIndex.RIGHT_EYE_OUTER));
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        java.util.function.IntToDoubleFunction u = i -> cos * m.x(i) + sin * m.y(i);
        java.util.function.IntToDoubleFunction v = i -> -sin * m.x(i) + cos * m.y(i);
        double width = (u.applyAsDouble(MeshIndex.MOUTH_LEFT) - u.applyAsDouble(MeshIndex.MOUTH_RIGHT)) / ied;
        double corners = (v.applyAsDouble(MeshIndex.MOUTH_RIGHT) + v.applyAsDouble(MeshIndex.MOUTH_LEFT)) / 2;
        double lipCentre = (v.applyAsDouble(MeshIndex.UPPER_INNER_LIP) + v.applyAsDouble(MeshIndex.LOWER_INNER_LIP)) / 2;
        double eyes = (v.applyAsDouble(MeshIndex.RIGHT_EYE_OUTER) + v.applyAsDouble(MeshIndex.LEFT_EYE_OUTER)) / 2;
        double depth = ((m.z(MeshIndex.MOUTH_RIGHT) + m.z(MeshIndex.MOUTH_LEFT)) / 2
                - (m.z(MeshIndex.UPPER_OUTER_LIP) + m.z(MeshIndex.LOWER_OUTER_LIP)) / 2) / ied;
        return new double[] {width, (lipCentre - corners) / t, depth, (corners - eyes) / t};
    }
}
