package io.enrollment.app.enroll;

import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.app.capture.Still;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.CaptureOutcome;
import io.enrollment.qc.face.image.ImageHeader;
import io.enrollment.qc.face.image.ImageHeaderReader;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;

/**
 * The face step. While the step is on screen the camera runs live: every frame is checked against every rule
 * of the profile, the rule indicators and one guidance line follow the person, and the image is captured
 * automatically once every rule has held for the profile's run of frames (R-FACE-14; collection method
 * {@link CollectionMethod#IN_PERSON_GUIDED_AUTO}). The operator may also capture the current frame by hand
 * ({@link CollectionMethod#IN_PERSON_MANUAL}); a hand capture that fails is an attempt, and after the profile's
 * number of attempts the capture is recorded as rejected (R-QC-3). The captured image is shown for
 * confirmation; retake starts the camera again.
 *
 * <p>This class decides what happens when; the parts it drives each do one thing: {@link FaceLiveCamera} (the
 * camera session and its reports on the UI thread), {@link FaceCaptureProgress} (state, still, attempts),
 * {@link FaceKeptSample} (the image that passed and the operator's confirmations), {@link FaceGuidance} (the
 * guidance line, the guide's colour, the run), {@link FaceCheckRows} (the rule indicators),
 * {@link FacePreviewDisplay} (the live picture and its rates) and {@link FaceCameraLoss}.
 */
public final class FaceStepViewModel {
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final FaceLiveCamera camera;
    private final FaceCaptureProgress progress;
    private final FaceKeptSample kept;
    private final FaceGuidance guidance;
    private final FaceCheckRows rows;
    private final FacePreviewDisplay preview;
    private final FaceCameraLoss cameraLoss;
    private final ReadOnlyBooleanWrapper canCapture = new ReadOnlyBooleanWrapper();
    private boolean shown;

    private record Attempt(Still still, QualityReport report, ImageHeader header) {
    }

    public FaceStepViewModel(EnrollmentServices services, Enrollment enrollment) {
        this.services = services;
        this.enrollment = enrollment;
        int stableFrames = stableFrames(services.profile().setting("face.autocapture.frames", "5"));
        Language language = "ru".equals(services.messages().locale().getLanguage()) ? Language.RU : Language.EN;
        this.camera = new FaceLiveCamera(services, enrollment,
                () -> new AutoCaptureChecker(services.profile(), language, stableFrames), new Live());
        this.progress = new FaceCaptureProgress(services.messages(), services.attempts("face"));
        this.kept = new FaceKeptSample(services, enrollment);
        this.guidance = new FaceGuidance(services.messages(), stableFrames);
        this.rows = new FaceCheckRows(services.messages());
        this.preview = new FacePreviewDisplay(services.messages());
        this.cameraLoss = new FaceCameraLoss(services.messages(), preview, guidance);
    }

    /** Good frames in a row before the automatic capture (profile setting {@code face.autocapture.frames}, default 5). */
    private static int stableFrames(String v) {
        try {
            return Math.max(1, Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("face.autocapture.frames must be a whole number, was '" + v + "'", e);
        }
    }

    /** The view says whether the step is on screen: the camera runs only while it is. */
    public void shown(boolean on) {
        shown = on;
        if (!on) {
            stopLive();
        } else if (progress.is(CaptureState.READY) || progress.is(CaptureState.RETRY)) {
            startLive(progress.is(CaptureState.READY));
        }
    }

    private void startLive(boolean judging) {
        if (camera.running() || !shown || !enrollment.mayCapture() || enrollment.discarded()) {
            return;
        }
        camera.start(judging, preview.restart());
        updateCanCapture();
    }

    private void stopLive() {
        camera.stop();
        preview.clear();
        guidance.resetRun();
        cameraLoss.clear();
        updateCanCapture();
    }

    /** What the running camera session reports, on the UI thread. */
    private final class Live implements FaceLiveSession.Listener {
        @Override
        public void frame(PreviewFrame frame) {
            if (progress.is(CaptureState.READY)) {
                preview.show(frame);
            }
        }

        @Override
        public void judged(CaptureOutcome outcome, DeviceInfo device) {
            if (!progress.is(CaptureState.READY) || cameraLoss.present()) {
                return; // a verdict checked before the camera went away is about a picture no longer there
            }
            if (outcome instanceof CaptureOutcome.Captured c) {
                stopLive();
                progress.showImage(c.jpeg());
                rows.show(c.storedReport());
                passed(c.jpeg(), c.width(), c.height(), device, c.storedReport(), CollectionMethod.IN_PERSON_GUIDED_AUTO);
                return;
            }
            CaptureOutcome.Guidance g = (CaptureOutcome.Guidance) outcome;
            guidance.follow(g);
            rows.show(g.frameReport());
        }

        @Override
        public void cameraLost(String reason) {
            cameraLoss.lost(reason, progress.is(CaptureState.READY));
            updateCanCapture();
        }

        @Override
        public void cameraBack() {
            cameraLoss.back(progress.is(CaptureState.READY));
            updateCanCapture();
        }

        @Override
        public void checkerFailed(String reason) {
            stopLive();
            guidance.say("capture.error", reason);
            progress.to(CaptureState.ERROR);
            updateCanCapture();
        }
    }

    /** Captures the frame on screen now, by hand, and checks it as stored, off the UI thread. */
    public void capture() {
        FaceLiveSession s = camera.session();
        if (!canCapture.get() || s == null || !enrollment.mayCapture()) {
            return;
        }
        s.judging(false);
        progress.to(CaptureState.WORKING);
        updateCanCapture();
        guidance.say("face.guidance.working");
        services.executor().run(() -> {
            Still still = s.still();
            byte[] bytes = still.image();
            return new Attempt(still, services.faceChecker().check(bytes, services.profile(), Map.of()),
                    ImageHeaderReader.read(bytes));
        }, this::judged, this::failed);
    }

    private void judged(Attempt a) {
        if (enrollment.discarded()) {
            return;
        }
        boolean lastAttempt = progress.countAttempt();
        progress.showImage(a.still().image());
        rows.show(a.report());
        if (a.report().verdict() != Verdict.FAIL) {
            stopLive();
            passed(a.still().image(), a.header().width(), a.header().height(), a.still().device(), a.report(),
                    CollectionMethod.IN_PERSON_MANUAL);
        } else if (lastAttempt) {
            reject(a);
        } else {
            guidance.sayText(a.report().guidance());
            progress.to(CaptureState.RETRY);
        }
        updateCanCapture();
    }

    private void passed(byte[] bytes, int width, int height, DeviceInfo device, QualityReport report, CollectionMethod how) {
        boolean keptAtOnce = kept.passed(bytes, width, height, device, report, how);
        String done = how == CollectionMethod.IN_PERSON_GUIDED_AUTO ? "face.guidance.autoPassed" : "face.guidance.passed";
        guidance.say(keptAtOnce ? done : "face.guidance.confirm");
        progress.to(CaptureState.PASSED);
        updateCanCapture();
    }

    private void reject(Attempt a) {
        stopLive();
        byte[] bytes = a.still().image();
        String media = ImageFormat.sniff(bytes).mediaType();
        services.executor().run(() -> services.rejections().record(services.sessions().current().orElseThrow(),
                        Modality.FACE, a.report(), bytes, media),
                r -> {
                    progress.restartAttempts();
                    guidance.say("capture.rejected", progress.maxAttempts());
                    progress.to(CaptureState.REJECTED);
                    updateCanCapture();
                }, this::failed);
    }

    private void failed(Exception e) {
        guidance.say("capture.error", e.getMessage());
        progress.to(CaptureState.ERROR);
        updateCanCapture();
    }

    /** The operator confirms the rules the software could not verify on the image shown. */
    public void confirm() {
        if (progress.is(CaptureState.PASSED) && kept.confirm()) {
            guidance.say("face.guidance.passed");
        }
    }

    /** Drops the image shown (passed or not) and goes back to the live camera. */
    public void retake() {
        if (progress.is(CaptureState.WORKING)) {
            return;
        }
        kept.drop();
        progress.showImage(null);
        rows.clear();
        guidance.resetRun();
        guidance.say("face.guidance.start");
        progress.to(CaptureState.READY);
        if (camera.running()) {
            camera.judging(true);
        } else {
            startLive(true);
        }
        updateCanCapture();
    }

    private void updateCanCapture() {
        CaptureState s = progress.state();
        canCapture.set(camera.running() && !cameraLoss.present()
                && (s == CaptureState.READY || s == CaptureState.RETRY || s == CaptureState.ERROR));
    }

    public boolean complete() {
        return progress.is(CaptureState.PASSED) && kept.kept();
    }

    public ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return progress.stateProperty();
    }

    /** The live picture (while the camera runs and nothing is captured), or null. */
    public ReadOnlyObjectProperty<PreviewFrame> previewProperty() {
        return preview.previewProperty();
    }

    /** The captured image (JPEG/PNG bytes as stored) shown for confirmation, or null while live. */
    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return progress.imageProperty();
    }

    /** The verdict of the latest live frame (PASS, FAIL), or null when no frame was checked yet. */
    public ReadOnlyObjectProperty<Verdict> frameVerdictProperty() {
        return guidance.frameVerdictProperty();
    }

    /** How far along the run of good frames before the automatic capture is, 0 to 1. */
    public ReadOnlyDoubleProperty steadinessProperty() {
        return guidance.steadinessProperty();
    }

    /** Why the camera delivers no picture (it is retried), or empty. */
    public ReadOnlyStringProperty cameraProblemProperty() {
        return cameraLoss.problemProperty();
    }

    /** The preview's achieved frame rate and the time the checks take per frame. */
    public ReadOnlyStringProperty previewStatsProperty() {
        return preview.statsProperty();
    }

    /** Whether a capture by hand is possible now (the camera runs and nothing is being checked or kept). */
    public ReadOnlyBooleanProperty canCaptureProperty() {
        return canCapture.getReadOnlyProperty();
    }

    /** How the image shown was collected, or null. */
    public ReadOnlyObjectProperty<CollectionMethod> methodProperty() {
        return kept.methodProperty();
    }

    /** What the operator must confirm on the image (rules software cannot verify), or empty. */
    public ReadOnlyStringProperty toConfirmProperty() {
        return kept.toConfirmProperty();
    }

    public ReadOnlyBooleanProperty confirmedProperty() {
        return kept.confirmedProperty();
    }

    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.lineProperty();
    }

    public ReadOnlyStringProperty attemptProperty() {
        return progress.attemptProperty();
    }

    public ObservableList<CheckRow> rows() {
        return rows.rows();
    }
}
