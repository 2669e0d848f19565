package io.enrollment.qc.face.check;

import io.enrollment.core.quality.CheckResult;
import io.enrollment.qc.face.FaceAnalysis;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.Language;
import java.util.List;

/**
 * One rule of item 11 (or a workstation check), judged on a {@link FaceAnalysis}. Stateless; every
 * number it compares against comes from {@link FaceQualityParameters}.
 */
public interface FaceRule {
    /** One or more results, each carrying the rule's ID, the measured value, the threshold and the unit. */
    List<CheckResult> check(FaceAnalysis analysis, FaceQualityParameters p, Language language);
}
