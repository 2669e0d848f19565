package io.enrollment.app.enroll;

import io.enrollment.core.profile.Profile;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.FaceQualityPipeline;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.AutoCapture;
import io.enrollment.qc.face.capture.CaptureOutcome;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Quality control's guided automatic capture (R-FACE-14) for one live session: its own face models (they are
 * not shared between threads), every rule of the profile on every frame offered.
 */
final class AutoCaptureChecker implements FaceLiveSession.Checker {
    private final FaceQualityPipeline pipeline;
    private final FaceQualityParameters params;
    private final Language language;
    private final String profileId;
    private final int stableFrames;
    private AutoCapture capture;

    /**
     * Loads the models (a moment's work; call it on the checker's thread).
     *
     * @throws io.enrollment.qc.face.FaceModelException when the build did not package the face models
     */
    AutoCaptureChecker(Profile profile, Language language, int stableFrames) {
        this.params = FaceQualityParameters.from(profile, false);
        this.language = language;
        this.profileId = profile.id();
        this.stableFrames = stableFrames;
        this.pipeline = new FaceQualityPipeline();
        this.capture = newCapture();
    }

    private AutoCapture newCapture() {
        return new AutoCapture(pipeline, params, language, profileId, stableFrames);
    }

    @Override
    public CaptureOutcome offer(Mat frame) {
        return capture.offer(frame);
    }

    @Override
    public void restart() {
        capture.close();
        capture = newCapture();
    }

    @Override
    public void close() {
        capture.close();
        pipeline.close();
    }
}
