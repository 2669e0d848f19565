package io.enrollment.app.capture;

import io.enrollment.devices.camera.Camera;
import io.enrollment.devices.camera.CameraException;
import io.enrollment.devices.camera.ImageFolderCamera;
import io.enrollment.devices.camera.VideoFileCamera;
import io.enrollment.core.sample.DeviceInfo;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A file-backed camera (a video file, a folder of images) played like a camera: one frame per frame time
 * rather than as fast as it decodes, and from the start again when it ends. Each image of a folder stays in
 * front of the camera for a second, as a person would hold still for a moment. A real camera is left as it
 * is: it delivers at its own rate.
 */
final class RealTimePlayback implements Camera {
    /** Frame rate of a folder of images. */
    static final double FOLDER_FPS = 15;
    /** Frames each image of a folder is shown for: one second. */
    static final int FOLDER_HOLD_FRAMES = (int) FOLDER_FPS;

    private final DriverCamera.Opener opener;
    private final long frameNanos;
    private final int holdFrames;
    private Camera current;
    private Mat held;
    private int heldFor;
    private long due;

    private RealTimePlayback(DriverCamera.Opener opener, Camera first, double fps, int holdFrames) {
        this.opener = opener;
        this.current = first;
        this.frameNanos = (long) (1e9 / fps);
        this.holdFrames = holdFrames;
        this.due = System.nanoTime();
    }

    /** Opens the camera; a file-backed one comes wrapped for real-time, looping playback. */
    static Camera open(DriverCamera.Opener opener) throws CameraException {
        Camera c = opener.open();
        if (c instanceof VideoFileCamera v) {
            double fps = v.declaredFrameRate();
            return new RealTimePlayback(opener, c, fps > 1 && fps < 121 ? fps : 25, 1);
        }
        if (c instanceof ImageFolderCamera) {
            return new RealTimePlayback(opener, c, FOLDER_FPS, FOLDER_HOLD_FRAMES);
        }
        return c;
    }

    @Override
    public Optional<Mat> grab() throws CameraException {
        waitForFrameTime();
        if (held != null && heldFor < holdFrames) {
            heldFor++;
            return Optional.of(held.clone());
        }
        Optional<Mat> frame = current.grab();
        if (frame.isEmpty()) {
            current.close();
            current = null;
            current = opener.open(); // a folder is listed again: images put there meanwhile are shown
            frame = current.grab();
        }
        if (holdFrames > 1 && frame.isPresent()) {
            release();
            held = frame.get().clone();
            heldFor = 1;
        }
        return frame;
    }

    private void release() {
        if (held != null) {
            held.close();
            held = null;
        }
    }

    private void waitForFrameTime() {
        long now = System.nanoTime();
        long wait = due - now;
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the preview is stopping; its loop sees the flag
            }
        }
        // keep the schedule through small delays; after a stall (a slow consumer) start it again from now
        // rather than racing through the frames missed
        due = (now - due > frameNanos ? now : due) + frameNanos;
    }

    @Override
    public DeviceInfo info() {
        return current == null ? new DeviceInfo(DeviceInfo.Kind.CAMERA, "", "file-backed camera", "", "",
                DeviceInfo.Health.FAILED, "reopening") : current.info();
    }

    @Override
    public void close() {
        release();
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
