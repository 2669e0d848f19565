package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
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
 * (NOT_VERIFIED): pixel-level retouching cannot be ruled out by software. An imported JPEG that was saved
 * at least twice (double compression on the same 8×8 grid) fails: it is not a camera original, whatever
 * was done to it in between.
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
            double score = Checks.round(s.recompression());
            if (score <= p.maxRecompression()) {
                r.add(Checks.measured("R-FACE-11", "jpeg-recompression", score, Comparison.AT_MOST,
                        p.maxRecompression(), "score", GuidanceMessage.ORIGINAL_IMAGE, lang,
                        "no sign of a second JPEG save on the same 8x8 grid"));
            } else {
                // Saved at least twice: re-encoded after the camera. A crop (allowed by R-FACE-11) needs a re-save as
                // much as an edit does, so the score cannot decide; a person compares with the original.
                r.add(new CheckResult("R-FACE-11", "jpeg-recompression", score, Comparison.AT_MOST, p.maxRecompression(),
                        "score", io.enrollment.core.quality.Verdict.NOT_VERIFIED, GuidanceMessage.VERIFY_MANUALLY.text(lang),
                        "periodic gaps in the DCT histograms: the JPEG was saved at least twice (a crop, which is "
                                + "allowed, or an edit, which is not)"));
            }
        }
        return r;
    }
}
