package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.Point2;
import io.enrollment.qc.face.model.RegionStats;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FACE-7: nothing covers the band from the eyebrows to the lower lip. The mesh cannot tell (it invents
 * landmarks under a hand), so the pixels are probed: skin probes across the band must match the face's
 * own skin colour (the median of the probes), and the eyes and mouth must show the contrast of real
 * features rather than a flat surface. Measured: fraction of probes that look covered.
 */
public final class OcclusionRule implements FaceRule {
    /**
     * Skin probes: under the eyes, cheeks, lower cheeks, philtrum (mesh indices). The nose bridge and ridge
     * are left out: that is where a spectacle frame sits, and glasses are allowed.
     */
    static final int[] SKIN_PROBES = {117, 346, 50, 280, 205, 425, 164};
    /** Colour distance from the face's skin beyond which a skin probe looks covered, 0-255 levels. */
    static final double SKIN_DISTANCE = 38;
    /** Luma standard deviation under which an eye or the mouth looks like a flat surface. */
    static final double FLAT_FEATURE = 9;
    static final double PROBE = 0.08 * AlignedFace.IED;

    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        if (a.aligned().isEmpty()) {
            return List.of(Checks.noFace("R-FACE-7", "occlusion", Comparison.AT_MOST, p.maxOccluded(), "fraction"));
        }
        AlignedFace f = a.aligned().get();
        List<RegionStats> skin = new ArrayList<>();
        for (int i : SKIN_PROBES) {
            skin.add(f.around(f.landmark(i), PROBE));
        }
        double[] reference = medianColour(skin);
        int covered = 0;
        int probes = 0;
        List<String> where = new ArrayList<>();
        for (int k = 0; k < skin.size(); k++) {
            RegionStats s = skin.get(k);
            probes++;
            if (s.pixels() == 0 || distance(s, reference) > SKIN_DISTANCE) {
                covered++;
                where.add("skin@" + SKIN_PROBES[k]);
            }
        }
        Point2[] features = {new Point2(AlignedFace.EYES_X - AlignedFace.IED / 2, AlignedFace.EYES_Y),
            new Point2(AlignedFace.EYES_X + AlignedFace.IED / 2, AlignedFace.EYES_Y), f.landmark(13).midpoint(f.landmark(14))};
        String[] names = {"image-left eye", "image-right eye", "mouth"};
        for (int k = 0; k < features.length; k++) {
            RegionStats s = f.around(features[k], 0.14 * AlignedFace.IED);
            probes++;
            if (s.pixels() == 0 || s.lumaStd() < FLAT_FEATURE) {
                covered++;
                where.add(names[k]);
            }
        }
        double fraction = covered / (double) probes;
        return List.of(Checks.measured("R-FACE-7", "occlusion", fraction, Comparison.AT_MOST, p.maxOccluded(), "fraction",
                GuidanceMessage.UNCOVER_FACE, lang, where.isEmpty() ? "no probe looks covered" : "covered: " + String.join(", ", where)));
    }

    private static double[] medianColour(List<RegionStats> probes) {
        double[][] c = new double[3][probes.size()];
        for (int i = 0; i < probes.size(); i++) {
            c[0][i] = probes.get(i).meanR();
            c[1][i] = probes.get(i).meanG();
            c[2][i] = probes.get(i).meanB();
        }
        double[] m = new double[3];
        for (int k = 0; k < 3; k++) {
            double[] v = java.util.Arrays.stream(c[k]).filter(d -> !Double.isNaN(d)).sorted().toArray();
            m[k] = v.length == 0 ? 0 : v[v.length / 2];
        }
        return m;
    }

    private static double distance(RegionStats s, double[] ref) {
        double dr = s.meanR() - ref[0];
        double dg = s.meanG() - ref[1];
        double db = s.meanB() - ref[2];
        return Math.sqrt((dr * dr + dg * dg + db * db) / 3);
    }
}
