package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Comparison;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.ImageSource;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.util.List;

/** R-FACE-13: stored as JPEG (ISO/IEC 19794-5 image data type 0x00) or PNG (0x03). */
public final class StorageFormatRule implements FaceRule {
    @Override
    public List<CheckResult> check(FaceAnalysis a, FaceQualityParameters p, Language lang) {
        ImageSource s = a.source();
        if (s.origin() == ImageSource.Origin.CAMERA_FRAME) {
            return List.of(); // judged on the stored image, when it is re-checked as stored
        }
        String detail = s.format().map(f -> f + ", ISO/IEC 19794-5 image data type 0x0" + f.isoImageDataType())
                .orElse(s.formatName() + " is not JPEG or PNG");
        return List.of(Checks.measured("R-FACE-13", "storage-format", s.format().isPresent() ? 1 : 0, Comparison.EQUAL,
                p.formatAccepted(), "bool", GuidanceMessage.STORE_AS_JPEG_OR_PNG, lang, detail));
    }
}
