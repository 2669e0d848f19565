package io.enrollment.app.capture;

import io.enrollment.devices.camera.Camera;
import io.enrollment.devices.camera.CameraException;
import io.enrollment.devices.camera.ReconnectingCamera;
import io.enrollment.core.sample.DeviceInfo;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A device-drivers {@link Camera} as the enrollment's camera: a live feed for the face step's preview (kept
 * alive through an unplugged camera; file-backed sources played in real time, in a loop), and a single still
 * for the settings' device test. Either opens the camera for itself and releases it when done.
 */
public final class DriverCamera implements FaceCamera {
    /** Opens the camera (again). */
    @FunctionalInterface
    public interface Opener {
        Camera open() throws CameraException;
    }

    /** Least time between two attempts to reopen a camera that went away. */
    static final long RETRY_MILLIS = 1000;

    private final Opener opener;
    private final String description;

    public DriverCamera(Opener opener, String description) {
        this.opener = opener;
        this.description = description;
    }

    @Override
    public synchronized Still capture() throws CaptureException {
        try (Camera camera = opener.open()) {
            Optional<Mat> frame = camera.grab();
            try (Mat mat = frame.orElseThrow(() -> new CaptureException("the camera " + description + " delivers no frames"))) {
                return Still.of(mat, camera.info());
            }
        } catch (CameraException e) {
            throw new CaptureException(e.getMessage(), e);
        }
    }

    @Override
    public CameraFeed openFeed() {
        return new Feed(new ReconnectingCamera(description, () -> RealTimePlayback.open(opener), RETRY_MILLIS));
    }

    @Override
    public String description() {
        return description;
    }

    /** The live feed over a reconnecting camera. */
    private final class Feed implements CameraFeed {
        private final ReconnectingCamera camera;

        Feed(ReconnectingCamera camera) {
            this.camera = camera;
        }

        @Override
        public Mat next() throws CaptureException {
            try {
                return camera.grab().orElseThrow(() -> new CaptureException("the camera " + description + " delivers no frames"));
            } catch (CameraException e) {
                throw new CaptureException(e.getMessage(), e);
            }
        }

        @Override
        public DeviceInfo info() {
            return camera.info();
        }

        @Override
        public void close() {
            camera.close();
        }
    }
}
