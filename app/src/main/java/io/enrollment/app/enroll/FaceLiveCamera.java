package io.enrollment.app.enroll;

import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.qc.face.capture.CaptureOutcome;
import java.util.function.Supplier;

/**
 * The face step's camera: at most one {@link FaceLiveSession} at a time, whose reports reach the step on the UI
 * thread. Newer frames and verdicts replace ones not yet shown, and reports of a session already closed (or of
 * a discarded enrollment) are dropped, since they are about a picture no longer on screen.
 */
final class FaceLiveCamera {
    private final EnrollmentServices services;
    private final Enrollment enrollment;
    private final Supplier<FaceLiveSession.Checker> checkers;
    private final FaceLiveSession.Listener onUiThread;
    private FaceLiveSession session;

    /** {@code onUiThread} hears the running session only, on the UI thread. */
    FaceLiveCamera(EnrollmentServices services, Enrollment enrollment, Supplier<FaceLiveSession.Checker> checkers,
            FaceLiveSession.Listener onUiThread) {
        this.services = services;
        this.enrollment = enrollment;
        this.checkers = checkers;
        this.onUiThread = onUiThread;
    }

    boolean running() {
        return session != null;
    }

    /** Opens the camera and starts a session; {@code judging}: whether its frames are checked. */
    void start(boolean judging, PreviewStats stats) {
        Relay relay = new Relay();
        session = new FaceLiveSession(services.devices().camera().openFeed(), checkers, relay, stats);
        relay.session = session;
        session.judging(judging);
        session.start();
    }

    void stop() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    void judging(boolean on) {
        session.judging(on);
    }

    /** The running session (to take the frame on screen by hand), or null. */
    FaceLiveSession session() {
        return session;
    }

    private boolean current(FaceLiveSession from) {
        return from != null && from == session && !enrollment.discarded();
    }

    /** Hands one session's reports to the UI thread. */
    private final class Relay implements FaceLiveSession.Listener {
        private volatile FaceLiveSession session;
        private final LatestOnUiThread<PreviewFrame> frames = new LatestOnUiThread<>(services.executor(), f -> {
            if (current(session)) {
                onUiThread.frame(f);
            }
        });
        private final LatestOnUiThread<Judged> verdicts = new LatestOnUiThread<>(services.executor(), j -> {
            if (current(session)) {
                onUiThread.judged(j.outcome(), j.device());
            }
        });

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
            services.executor().onUiThread(() -> {
                if (current(session)) {
                    onUiThread.cameraLost(reason);
                }
            });
        }

        @Override
        public void cameraBack() {
            services.executor().onUiThread(() -> {
                if (current(session)) {
                    onUiThread.cameraBack();
                }
            });
        }

        @Override
        public void checkerFailed(String reason) {
            services.executor().onUiThread(() -> {
                if (current(session)) {
                    onUiThread.checkerFailed(reason);
                }
            });
        }
    }

    private record Judged(CaptureOutcome outcome, DeviceInfo device) {
    }
}
