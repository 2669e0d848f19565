package io.enrollment.qc.face;

import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.face.model.ConcurrentFaceDetector;
import io.enrollment.qc.face.model.FaceDetection;
import io.enrollment.qc.face.model.FaceMesh;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The live per-frame path: every rule on every camera frame, with the face mesh tracked from one frame
 * to the next (one mesh pass instead of three while the face stays in place). The whole-frame face
 * detection of each frame runs on a second thread while the mesh is tracked on this one, so R-FACE-8 still
 * sees every face in every frame. Storage rules (R-FACE-11, R-FACE-13) are left to the stored re-check.
 * Not thread-safe: one per preview stream; {@link #close()} when the stream ends.
 */
public final class LiveFaceQc implements AutoCloseable {
    private final FaceQualityPipeline pipeline;
    private final FaceQualityParameters params;
    private final Language language;
    private final String profileId;
    private final ConcurrentFaceDetector detector = new ConcurrentFaceDetector();
    private Optional<FaceMesh> previous = Optional.empty();

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
        ConcurrentFaceDetector.Pending detection = detector.start(frame, params.minDetectorScore());
        Optional<FaceMesh> tracked;
        try {
            tracked = previous.map(m -> pipeline.track(frame, m));
        } catch (RuntimeException e) {
            try {
                detection.faces(); // let the detector finish with the frame before the caller may release it
            } catch (RuntimeException second) {
                e.addSuppressed(second);
            }
            throw e;
        }
        List<FaceDetection> faces = detection.faces();
        FaceAnalysis analysis = pipeline.analyse(frame, ImageSource.cameraFrame(), faces, tracked);
        previous = analysis.mesh();
        return new FrameResult(analysis, FaceQualityPipeline.judge(analysis, params, language, profileId));
    }

    /** Forgets the tracked face (e.g. after a capture or when the camera changed). */
    public void reset() {
        previous = Optional.empty();
    }

    /** Stops the detection thread and frees its model. */
    @Override
    public void close() {
        detector.close();
    }
}
