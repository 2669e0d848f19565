package io.enrollment.qc.face.model;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A {@link BlazeFaceDetector} on a thread of its own, so that the whole-frame detection of a live frame runs
 * while the caller tracks the face mesh on the same frame: on two cores the frame costs about the longer of
 * the two, not their sum. Each call is awaited before the caller lets go of the frame, so the detector sees
 * every frame (R-FACE-8 loses nothing). The thread is a daemon and ends after a few idle seconds.
 *
 * <p>One caller at a time (a preview stream).
 */
public final class ConcurrentFaceDetector implements AutoCloseable {
    private final BlazeFaceDetector detector = new BlazeFaceDetector();
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
            r -> {
                Thread t = new Thread(r, "face-detector");
                t.setDaemon(true);
                return t;
            });

    public ConcurrentFaceDetector() {
        thread.allowCoreThreadTimeOut(true);
    }

    /**
     * Starts detecting faces in {@code bgr}; the caller must not modify or release the frame until
     * {@link Pending#faces()} has returned.
     */
    public Pending start(Mat bgr, double minScore) {
        return new Pending(thread.submit(() -> detector.detect(bgr, minScore)));
    }

    /** A detection under way. */
    public static final class Pending {
        private final Future<List<FaceDetection>> future;

        private Pending(Future<List<FaceDetection>> future) {
            this.future = future;
        }

        /** Waits for the faces (and for the detector to be done with the frame). */
        public List<FaceDetection> faces() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return future.get();
                    } catch (InterruptedException e) {
                        interrupted = true; // keep waiting: the detector is still reading the caller's frame
                    } catch (ExecutionException e) {
                        if (e.getCause() instanceof RuntimeException r) {
                            throw r;
                        }
                        throw new IllegalStateException("face detection failed", e.getCause());
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (thread.awaitTermination(10, TimeUnit.SECONDS)) {
                detector.close(); // never under a running detection
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
