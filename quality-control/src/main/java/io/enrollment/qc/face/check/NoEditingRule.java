package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.ImageSource;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * R-FACE-11: no retouching or editing. The workstation's own captures are encoded once from the camera
 * frame (only cropped and scaled) and hashed, so they pass with zero edits. An imported file fails when
 * its metadata names editing software; otherwise its history is unknown and the check says so
 * (NOT_VERIFIED): pixel-level retouching cannot be ruled out by software. Two traces of processing are
 * measured on an imported file: a second JPEG save on the same 8×8 grid, and the periodic trace of
 * resampling (scaling, rotation). Either shows the file is not a camera original, but not whether it was
 * only cropped and scaled (allowed) or edited (not allowed), so the profile decides: NOT_VERIFIED for a
 * person to compare with the original ({@code setting.face.edits.evidence=not-verified}), or FAIL.
 */
public final class NoEditingRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        ImageSource s = a.source();
        if (s.origin() == ImageSource.Origin.CAMERA_FRAME) {
            return List.of();
        }
        List<CheckResult> r = new ArrayList<>();
        if (s.origin() == ImageSource.Origin.WORKSTATION_CAPTURE || !s.editTraces().isEmpty()) {
            String detail = s.editTraces().isEmpty() ? "encoded once by the workstation, sha256 " + s.sha256()
                    : "metadata names " + String.join(", ", s.editTraces());
            r.add(Checks.measured("R-FACE-11", "edit-traces", s.editTraces().size(), Comparison.AT_MOST,
                    p.maxEditTraces(), "count", GuidanceMessage.ORIGINAL_IMAGE, lang, detail));
        } else {
            r.add(CheckResult.notVerified("R-FACE-11", "edit-traces", Comparison.AT_MOST, p.maxEditTraces(), "count",
                    "imported file without editing software in its metadata; retouching cannot be ruled out: "
                            + GuidanceMessage.VERIFY_MANUALLY.text(lang)));
        }
        if (!Double.isNaN(s.recompression())) {
            r.add(evidence("jpeg-recompression", s.recompression(), p.maxRecompression(), p, lang,
                    "no sign of a second JPEG save on the same 8x8 grid",
                    "periodic gaps in the DCT histograms: the JPEG was saved at least twice (a crop, which is "
                            + "allowed, or an edit, which is not)"));
        }
        if (!Double.isNaN(s.resampling())) {
            r.add(resampling(s, p, lang));
        }
        return r;
    }

    private static CheckResult resampling(ImageSource s, FaceQualityParameters p, Language lang) {
        if (Double.isNaN(p.maxResampling())) {
            return CheckResult.notVerified("R-FACE-11", "resampling", Comparison.AT_MOST, Double.NaN, "score",
                    "the parameters name no resampling threshold (threshold.face.edits.resampling.max)");
        }
        return evidence("resampling", s.resampling(), p.maxResampling(), p, lang,
                Checks.format("no periodic interpolation trace (strongest line at a period of %.2f px)", s.resamplingPeriod()),
                Checks.format("periodic interpolation trace with a period of %.2f px in rows and columns: the image was "
                        + "scaled or rotated after capture (a scale, which is allowed, or part of an edit, which is not)",
                        s.resamplingPeriod()));
    }

    /** A score of processing: PASS below the threshold; above it, FAIL or NOT_VERIFIED as the profile says. */
    private static CheckResult evidence(String name, double score, double threshold, FaceQualityParameters p,
                                        Language lang, String clean, String found) {
        double v = Checks.round(score);
        if (v <= threshold) {
            return Checks.measured("R-FACE-11", name, v, Comparison.AT_MOST, threshold, "score",
                    GuidanceMessage.ORIGINAL_IMAGE, lang, clean);
        }
        if (p.editEvidenceFails()) {
            return Checks.measured("R-FACE-11", name, v, Comparison.AT_MOST, threshold, "score",
                    GuidanceMessage.ORIGINAL_IMAGE, lang, found);
        }
        return new CheckResult("R-FACE-11", name, v, Comparison.AT_MOST, threshold, "score", Verdict.NOT_VERIFIED,
                GuidanceMessage.VERIFY_MANUALLY.text(lang), found);
    }
}
