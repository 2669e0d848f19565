package io.enrollment.app.enroll;

import io.enrollment.app.capture.CameraFeed;
import io.enrollment.app.capture.CaptureException;
import io.enrollment.app.capture.PreviewFrame;
import io.enrollment.app.capture.Still;
import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.qc.face.capture.CaptureOutcome;
import java.util.function.Supplier;
import org.bytedeco.opencv.opencv_core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The face step's live preview. A grabber thread takes frames from the camera at the camera's rate and hands
 * the newest one to the screen and to a checker thread; the checker runs the automatic capture (every rule,
 * R-FACE-14) on the newest frame it has not seen, so the frames that arrive while it is busy are dropped rather
 * than queued. Neither thread waits for the screen. A camera that goes away is reported once and retried until
 * it returns. Frames are biometric data: they stay in memory and are never logged.
 */
final class FaceLiveSession implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaceLiveSession.class);
    /** Pause between two attempts to read a camera that went away (the camera itself limits reopening). */
    private static final long AWAY_PAUSE_MILLIS = 200;
    /** Preview pictures are made at the width they are shown at, so the screen neither scales nor uploads more. */
    static final int PREVIEW_WIDTH = 512;

    /** What the session reports, on its own threads. */
    interface Listener {
        void frame(PreviewFrame frame);

        /** The checker's verdict on one frame; {@code device} is the camera as it was then. */
        void judged(CaptureOutcome outcome, DeviceInfo device);

        void cameraLost(String reason);

        void cameraBack();

        void checkerFailed(String reason);
    }

    /** The automatic capture as the checker thread uses it. */
    interface Checker extends AutoCloseable {
        CaptureOutcome offer(Mat frame);

        /** Forgets the current run of good frames and the tracked face (after a pause the person has moved). */
        void restart();

        @Override
        void close();
    }

    private final CameraFeed feed;
    private final Supplier<Checker> checkerFactory;
    private final Listener listener;
    private final PreviewStats stats;
    private final Object lock = new Object();
    private final Thread grabber;
    private final Thread checker;
    private volatile boolean running = true;
    private volatile boolean judging = true;
    private volatile int epoch;
    private volatile DeviceInfo device;
    private Mat latest;   // guarded by lock: the newest frame, for a manual still
    private Mat pending;  // guarded by lock: the newest frame the checker has not taken

    FaceLiveSession(CameraFeed feed, Supplier<Checker> checkerFactory, Listener listener, PreviewStats stats) {
        this.feed = feed;
        this.checkerFactory = checkerFactory;
        this.listener = listener;
        this.stats = stats;
        this.grabber = new Thread(this::grabLoop, "face-preview-grabber");
        this.checker = new Thread(this::checkLoop, "face-preview-checker");
        grabber.setDaemon(true);
        checker.setDaemon(true);
    }

    /** Starts the checks; the camera starts once they are ready, so that no moment in front of it goes unchecked. */
    void start() {
        checker.start();
    }

    /** Pauses or resumes the checks (the preview goes on); a resumed run starts afresh. */
    void judging(boolean on) {
        if (on && !judging) {
            epoch++;
        }
        judging = on;
        if (!on) {
            synchronized (lock) {
                dropPending();
            }
        }
    }

    /** The newest frame as a still, encoded once (a manual capture). */
    Still still() throws CaptureException {
        Mat copy;
        synchronized (lock) {
            if (latest == null) {
                throw new CaptureException("no picture from the camera yet");
            }
            copy = latest.clone();
        }
        try (copy) {
            return Still.of(copy, device);
        }
    }

    private void grabLoop() {
        boolean away = false;
        long frames = 0;
        try {
            while (running) {
                Mat frame;
                try {
                    frame = feed.next();
                } catch (CaptureException e) {
                    device = feed.info();
                    synchronized (lock) {
                        if (latest != null) { // no capture by hand of a picture from before the camera went away
                            latest.close();
                            latest = null;
                        }
                    }
                    if (running && !away) {
                        away = true;
                        listener.cameraLost(e.getMessage());
                    }
                    pause();
                    continue;
                }
                if (away) {
                    away = false;
                    listener.cameraBack();
                }
                if (frames++ % 25 == 0) {
                    device = feed.info(); // about once a second: the achieved rate and health for the metadata
                }
                stats.grabbed();
                PreviewFrame picture = PreviewFrame.of(frame, PREVIEW_WIDTH);
                synchronized (lock) {
                    if (latest != null) {
                        latest.close();
                    }
                    latest = frame;
                    if (judging) {
                        dropPending();
                        pending = frame.clone();
                        lock.notifyAll();
                    }
                }
                if (running) {
                    listener.frame(picture);
                }
            }
        } finally {
            feed.close();
            synchronized (lock) {
                if (latest != null) {
                    latest.close();
                    latest = null;
                }
                dropPending();
                lock.notifyAll();
            }
        }
    }

    private void checkLoop() {
        Checker c;
        try {
            c = checkerFactory.get();
        } catch (RuntimeException e) { // the thread's edge: the models could not be loaded; the screen says why
            LOG.error("face checks cannot run: {}", e.getMessage());
            listener.checkerFailed(e.getMessage());
            return;
        } finally {
            grabber.start();
        }
        int seenEpoch = epoch;
        try (c) {
            while (running) {
                Mat frame = take();
                if (frame == null) {
                    return;
                }
                try (frame) {
                    if (seenEpoch != epoch) {
                        seenEpoch = epoch;
                        c.restart();
                    }
                    long t0 = System.nanoTime();
                    CaptureOutcome outcome = c.offer(frame);
                    stats.checked(System.nanoTime() - t0);
                    if (!running || !judging) {
                        continue; // paused meanwhile: this verdict is about a moment no longer shown
                    }
                    if (outcome instanceof CaptureOutcome.Captured) {
                        judging = false;
                    }
                    listener.judged(outcome, device);
                }
            }
        } catch (RuntimeException e) { // the thread's edge: a check broke; stop checking and say so
            LOG.error("face checks stopped: {}", e.toString());
            listener.checkerFailed(e.toString());
        }
    }

    private Mat take() {
        synchronized (lock) {
            while (running && pending == null) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
            Mat m = pending;
            pending = null;
            return running ? m : closeAndNull(m);
        }
    }

    private static Mat closeAndNull(Mat m) {
        if (m != null) {
            m.close();
        }
        return null;
    }

    private void dropPending() {
        if (pending != null) {
            pending.close();
            pending = null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(AWAY_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** The camera as last seen. */
    DeviceInfo device() {
        return device;
    }

    /**
     * Stops both threads without waiting for them (a frame in the middle of its checks finishes first); each
     * releases what it holds — the camera, the models — as it leaves.
     */
    @Override
    public void close() {
        running = false;
        synchronized (lock) {
            lock.notifyAll();
        }
        grabber.interrupt();
        LOG.info("face preview stopped: {}", stats.summary().log());
    }
}
