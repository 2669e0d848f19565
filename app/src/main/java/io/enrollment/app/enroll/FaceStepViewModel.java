package io.enrollment.app.enroll;

import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.app.capture.Still;
import io.enrollment.core.Attestation;
import io.enrollment.core.Modality;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.core.sample.CollectionMethod;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.core.sample.FaceSample;
import io.enrollment.core.sample.ImageFormat;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.CaptureOutcome;
import io.enrollment.qc.face.capture.GuidanceMessage;
import io.enrollment.qc.face.image.ImageHeader;
import io.enrollment.qc.face.image.ImageHeaderReader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The face step. While the step is on screen the camera runs live: every frame is checked against every rule
 * of the profile, the rule indicators and one guidance line follow the person, and the image is captured
 * automatically once every rule has held for the profile's run of frames (R-FACE-14; collection method
 * {@link CollectionMethod#IN_PERSON_GUIDED_AUTO}). The operator may also capture the current frame by hand
 * ({@link CollectionMethod#IN_PERSON_MANUAL}); a hand capture that fails is an attempt, and after the profile's
 * number of attempts the capture is recorded as rejected (R-QC-3). The captured image is shown for
 * confirmation; retake starts the camera again.
 */
public final class FaceStepViewModel {
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final int maxAttempts;
    private final int stableFrames;
    private final Supplier<FaceLiveSession.Checker> checkers;
    private final ReadOnlyObjectWrapper<CaptureState> state = new ReadOnlyObjectWrapper<>(CaptureState.READY);
    private final ReadOnlyObjectWrapper<PreviewFrame> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<byte[]> image = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Verdict> frameVerdict = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper steadiness = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper guidance = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper cameraProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewStats = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper attempt = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper canCapture = new ReadOnlyBooleanWrapper();
    private final ObservableList<CheckRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CheckRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper toConfirm = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirmed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CollectionMethod> method = new ReadOnlyObjectWrapper<>();
    private FaceLiveSession session;
    private PreviewStats stats = new PreviewStats();
    private long statsShownAt;
    private boolean shown;
    private FaceSample pending;
    private int attempts;

    private record Attempt(Still still, QualityReport report, ImageHeader header) {
    }

    public FaceStepViewModel(EnrollmentServices services, Enrollment enrollment) {
        this.services = services;
        this.enrollment = enrollment;
        this.maxAttempts = services.attempts("face");
        this.stableFrames = stableFrames(services.profile().setting("face.autocapture.frames", "5"));
        Language language = "ru".equals(services.messages().locale().getLanguage()) ? Language.RU : Language.EN;
        this.checkers = () -> new AutoCaptureChecker(services.profile(), language, stableFrames);
        guidance.set(services.messages().get("face.guidance.start"));
        showAttempt();
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
        } else if (state.get() == CaptureState.READY || state.get() == CaptureState.RETRY) {
            startLive(state.get() == CaptureState.READY);
        }
    }

    private void startLive(boolean judging) {
        if (session != null || !shown || !enrollment.mayCapture() || enrollment.discarded()) {
            return;
        }
        stats = new PreviewStats();
        Relay relay = new Relay();
        session = new FaceLiveSession(services.devices().camera().openFeed(), checkers, relay, stats);
        relay.session = session;
        session.judging(judging);
        session.start();
        updateCanCapture();
    }

    private void stopLive() {
        if (session != null) {
            session.close();
            session = null;
        }
        preview.set(null);
        frameVerdict.set(null);
        steadiness.set(0);
        cameraProblem.set("");
        updateCanCapture();
    }

    /** Hands one session's reports to the UI thread; newer frames and verdicts replace ones not yet shown. */
    private final class Relay implements FaceLiveSession.Listener {
        private volatile FaceLiveSession session;
        private final LatestOnUiThread<PreviewFrame> frames = new LatestOnUiThread<>(services.executor(), f -> showFrame(session, f));
        private final LatestOnUiThread<Judged> verdicts = new LatestOnUiThread<>(services.executor(),
                j -> judgedLive(session, j.outcome(), j.device()));

        @Override
        public void frame(PreviewFrame frame) {
            frames.post(frame);
        }

        @Override
        public void judged(CaptureOutcome outcome, DeviceInfo device) {
            verdicts.post(new Judged(outcome, device));
        }

        @Override
        public void cameraLost(String reason) {
            services.executor().onUiThread(() -> showCameraLost(session, reason));
        }

        @Override
        public void cameraBack() {
            services.executor().onUiThread(() -> showCameraBack(session));
        }

        @Override
        public void checkerFailed(String reason) {
            services.executor().onUiThread(() -> showCheckerFailed(session, reason));
        }
    }

    private record Judged(CaptureOutcome outcome, DeviceInfo device) {
    }

    private boolean current(FaceLiveSession from) {
        return from != null && from == session && !enrollment.discarded();
    }

    private void showFrame(FaceLiveSession from, PreviewFrame frame) {
        if (!current(from) || state.get() != CaptureState.READY) {
            return;
        }
        preview.set(frame);
        stats.shown();
        long now = System.nanoTime();
        if (now - statsShownAt > 1_000_000_000L) {
            statsShownAt = now;
            PreviewStats.Summary s = stats.summary();
            previewStats.set(services.messages().get("face.previewStats", fmt(s.shownFps()), fmt(s.checkedFps()),
                    Math.round(s.checkMedianMs()), Math.round(s.checkP95Ms())));
        }
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private void judgedLive(FaceLiveSession from, CaptureOutcome outcome, DeviceInfo device) {
        if (!current(from) || state.get() != CaptureState.READY || !cameraProblem.get().isEmpty()) {
            return; // a verdict checked before the camera went away is about a picture no longer there
        }
        if (outcome instanceof CaptureOutcome.Captured c) {
            stopLive();
            image.set(c.jpeg());
            show(c.storedReport());
            passed(c.jpeg(), c.width(), c.height(), device, c.storedReport(), CollectionMethod.IN_PERSON_GUIDED_AUTO);
            return;
        }
        CaptureOutcome.Guidance g = (CaptureOutcome.Guidance) outcome;
        frameVerdict.set(g.frameReport().verdict());
        steadiness.set(Math.min(1, g.stableFrames() / (double) stableFrames));
        guidance.set(g.message() == GuidanceMessage.HOLD_ON
                ? services.messages().get("face.live.HOLD_ON", g.stableFrames(), stableFrames)
                : services.messages().get("face.live." + g.message().name()));
        show(g.frameReport());
    }

    /** Updates the indicators in place (the rows stay the same nodes while the rules stay the same). */
    private void show(QualityReport report) {
        List<CheckRow> now = CheckRow.of(report.checks(), services.messages());
        boolean sameRules = now.size() == rows.size();
        for (int i = 0; sameRules && i < now.size(); i++) {
            sameRules = now.get(i).ruleId().equals(rows.get(i).ruleId()) && now.get(i).name().equals(rows.get(i).name());
        }
        if (!sameRules) {
            rows.setAll(now);
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(rows.get(i))) {
                rows.set(i, now.get(i));
            }
        }
    }

    private void showCameraLost(FaceLiveSession from, String reason) {
        if (!current(from)) {
            return;
        }
        cameraProblem.set(services.messages().get("face.camera.lost", reason));
        updateCanCapture();
        preview.set(null);
        frameVerdict.set(null);
        steadiness.set(0);
        if (state.get() == CaptureState.READY) {
            guidance.set(services.messages().get("face.guidance.cameraLost"));
        }
    }

    private void showCameraBack(FaceLiveSession from) {
        if (!current(from)) {
            return;
        }
        cameraProblem.set("");
        updateCanCapture();
        if (state.get() == CaptureState.READY) {
            guidance.set(services.messages().get("face.guidance.start"));
        }
    }

    private void showCheckerFailed(FaceLiveSession from, String reason) {
        if (!current(from)) {
            return;
        }
        stopLive();
        guidance.set(services.messages().get("capture.error", reason));
        state.set(CaptureState.ERROR);
        updateCanCapture();
    }

    /** Captures the frame on screen now, by hand, and checks it as stored, off the UI thread. */
    public void capture() {
        FaceLiveSession s = session;
        if (!canCapture.get() || s == null || !enrollment.mayCapture()) {
            return;
        }
        s.judging(false);
        state.set(CaptureState.WORKING);
        updateCanCapture();
        guidance.set(services.messages().get("face.guidance.working"));
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
        attempts++;
        image.set(a.still().image());
        show(a.report());
        if (a.report().verdict() != Verdict.FAIL) {
            stopLive();
            passed(a.still().image(), a.header().width(), a.header().height(), a.still().device(), a.report(),
                    CollectionMethod.IN_PERSON_MANUAL);
        } else if (attempts >= maxAttempts) {
            reject(a);
        } else {
            guidance.set(a.report().guidance());
            state.set(CaptureState.RETRY);
        }
        updateCanCapture();
        showAttempt();
    }

    private void passed(byte[] bytes, int width, int height, DeviceInfo device, QualityReport report, CollectionMethod how) {
        pending = new FaceSample(bytes, ImageFormat.sniff(bytes), width, height, services.metadataNow(List.of(device), how), report);
        method.set(how);
        List<String> unverified = report.checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                .map(c -> c.id() + " " + c.name()).toList();
        confirmed.set(false);
        toConfirm.set(unverified.isEmpty() ? "" : services.messages().get("face.confirm", String.join(", ", unverified)));
        if (unverified.isEmpty()) {
            keep();
        }
        String done = how == CollectionMethod.IN_PERSON_GUIDED_AUTO ? "face.guidance.autoPassed" : "face.guidance.passed";
        guidance.set(services.messages().get(unverified.isEmpty() ? done : "face.guidance.confirm"));
        state.set(CaptureState.PASSED);
        updateCanCapture();
        showAttempt();
    }

    private void reject(Attempt a) {
        stopLive();
        byte[] bytes = a.still().image();
        String media = ImageFormat.sniff(bytes).mediaType();
        services.executor().run(() -> services.rejections().record(services.sessions().current().orElseThrow(),
                        Modality.FACE, a.report(), bytes, media),
                r -> {
                    attempts = 0;
                    guidance.set(services.messages().get("capture.rejected", maxAttempts));
                    state.set(CaptureState.REJECTED);
                    updateCanCapture();
                    showAttempt();
                }, this::failed);
    }

    private void failed(Exception e) {
        guidance.set(services.messages().get("capture.error", e.getMessage()));
        state.set(CaptureState.ERROR);
        updateCanCapture();
    }

    private void keep() {
        String officer = services.sessions().officer().id();
        List<Attestation> confirmations = pending.quality().checks().stream().filter(c -> c.verdict() == Verdict.NOT_VERIFIED)
                .map(c -> new Attestation(c.id(), "operator looked at the image: " + c.name() + " holds", officer,
                        services.clock().instant())).toList();
        enrollment.face(pending, confirmations);
    }

    /** The operator confirms the rules the software could not verify on the image shown. */
    public void confirm() {
        if (state.get() == CaptureState.PASSED && pending != null && !toConfirm.get().isEmpty()) {
            confirmed.set(true);
            keep();
            guidance.set(services.messages().get("face.guidance.passed"));
        }
    }

    /** Drops the image shown (passed or not) and goes back to the live camera. */
    public void retake() {
        if (state.get() == CaptureState.WORKING) {
            return;
        }
        if (state.get() == CaptureState.PASSED) {
            enrollment.face(null, List.of());
        }
        pending = null;
        method.set(null);
        toConfirm.set("");
        confirmed.set(false);
        image.set(null);
        rows.clear();
        frameVerdict.set(null);
        steadiness.set(0);
        guidance.set(services.messages().get("face.guidance.start"));
        state.set(CaptureState.READY);
        if (session != null) {
            session.judging(true);
        } else {
            startLive(true);
        }
        updateCanCapture();
        showAttempt();
    }

    private void updateCanCapture() {
        CaptureState s = state.get();
        canCapture.set(session != null && cameraProblem.get().isEmpty()
                && (s == CaptureState.READY || s == CaptureState.RETRY || s == CaptureState.ERROR));
    }

    private void showAttempt() {
        int shownAttempt = state.get() == CaptureState.PASSED ? attempts : attempts + 1;
        attempt.set(services.messages().get("capture.attempt", Math.max(1, Math.min(shownAttempt, maxAttempts)), maxAttempts));
    }

    public boolean complete() {
        return state.get() == CaptureState.PASSED && enrollment.face().isPresent() && (toConfirm.get().isEmpty() || confirmed.get());
    }

    public ReadOnlyObjectProperty<CaptureState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The live picture (while the camera runs and nothing is captured), or null. */
    public ReadOnlyObjectProperty<PreviewFrame> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** The captured image (JPEG/PNG bytes as stored) shown for confirmation, or null while live. */
    public ReadOnlyObjectProperty<byte[]> imageProperty() {
        return image.getReadOnlyProperty();
    }

    /** The verdict of the latest live frame (PASS, FAIL), or null when no frame was checked yet. */
    public ReadOnlyObjectProperty<Verdict> frameVerdictProperty() {
        return frameVerdict.getReadOnlyProperty();
    }

    /** How far along the run of good frames before the automatic capture is, 0 to 1. */
    public ReadOnlyDoubleProperty steadinessProperty() {
        return steadiness.getReadOnlyProperty();
    }

    /** Why the camera delivers no picture (it is retried), or empty. */
    public ReadOnlyStringProperty cameraProblemProperty() {
        return cameraProblem.getReadOnlyProperty();
    }

    /** The preview's achieved frame rate and the time the checks take per frame. */
    public ReadOnlyStringProperty previewStatsProperty() {
        return previewStats.getReadOnlyProperty();
    }

    /** Whether a capture by hand is possible now (the camera runs and nothing is being checked or kept). */
    public ReadOnlyBooleanProperty canCaptureProperty() {
        return canCapture.getReadOnlyProperty();
    }

    /** How the image shown was collected, or null. */
    public ReadOnlyObjectProperty<CollectionMethod> methodProperty() {
        return method.getReadOnlyProperty();
    }

    /** What the operator must confirm on the image (rules software cannot verify), or empty. */
    public ReadOnlyStringProperty toConfirmProperty() {
        return toConfirm.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty guidanceProperty() {
        return guidance.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty attemptProperty() {
        return attempt.getReadOnlyProperty();
    }

    public ObservableList<CheckRow> rows() {
        return readOnlyRows;
    }
}
