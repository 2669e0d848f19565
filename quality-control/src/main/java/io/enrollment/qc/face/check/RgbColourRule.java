package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.RegionStats;
import java.util.ArrayList;
import java.util.List;

/** R-FACE-1: 24-bit RGB, 8 bits per channel, and really in colour (greyscale stored as RGB fails). */
public final class RgbColourRule implements FaceRule {
    static final String ID = "R-FACE-1";

    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        List<CheckResult> r = new ArrayList<>();
        r.add(Checks.measured(ID, "bits-per-channel", a.source().bitsPerChannel(), Comparison.EQUAL, p.bitsPerChannel(),
                "bit", GuidanceMessage.COLOUR_IMAGE, lang, a.source().formatName()));
        r.add(Checks.measured(ID, "channels", a.source().channels(), Comparison.EQUAL, p.channels(),
                "count", GuidanceMessage.COLOUR_IMAGE, lang, a.source().channels() == 1 ? "greyscale or palette" : ""));
        if (a.aligned().isEmpty()) {
            r.add(Checks.noFace(ID, "colourfulness", Comparison.AT_LEAST, p.minChroma(), "level"));
        } else {
            RegionStats face = a.aligned().get().stats(AlignedFace.EYES_X - 50, AlignedFace.EYES_Y - 30,
                    AlignedFace.EYES_X + 50, AlignedFace.EYES_Y + 90);
            r.add(Checks.measured(ID, "colourfulness", face.chroma(), Comparison.AT_LEAST, p.minChroma(), "level",
                    GuidanceMessage.COLOUR_IMAGE, lang, "mean max-min channel difference over the face"));
        }
        return r;
    }
}
