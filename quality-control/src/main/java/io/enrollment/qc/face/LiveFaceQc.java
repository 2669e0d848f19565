package io.enrollment.qc.face;

import io.enrollment.core.quality.QualityReport;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The live per-frame path: every rule on every camera frame, with the face mesh tracked from one frame
 * to the next (one mesh pass instead of three while the face stays in place). Storage rules (R-FACE-11,
 * R-FACE-13) are left to the stored re-check. Not thread-safe: one per preview stream.
 */
public final class LiveFaceQc {
    private final FaceQualityPipeline pipeline;
    private final FaceQualityParameters params;
    private final Language language;
    private final String profileId;
    private Optional<io.enrollment.qc.face.model.FaceMesh> previous = Optional.empty();

    public LiveFaceQc(FaceQualityPipeline pipeline, FaceQualityParameters params, Language language, String profileId) {
        this.pipeline = pipeline;
        this.params = params;
        this.language = language;
        this.profileId = profileId;
    }

    /** One frame's analysis and verdicts. */
    public record FrameResult(FaceAnalysis analysis, QualityReport report) {
    }

    /** Checks one 8-bit BGR frame. */
    public FrameResult check(Mat frame) {
        FaceAnalysis analysis = pipeline.analyse(frame, ImageSource.cameraFrame(), params.minDetectorScore(), previous);
        previous = analysis.mesh();
        return new FrameResult(analysis, FaceQualityPipeline.judge(analysis, params, language, profileId));
    }

    /** Forgets the tracked face (e.g. after a capture or when the camera changed). */
    public void reset() {
        previous = Optional.empty();
    }
}
