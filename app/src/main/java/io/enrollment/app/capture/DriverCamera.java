package io.enrollment.app.capture;

import io.enrollment.devices.camera.Camera;
import io.enrollment.devices.camera.CameraException;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

/**
 * A device-drivers {@link Camera} as the enrollment's still camera: grabs a frame and encodes it as JPEG
 * once (the stored form, R-FACE-11). A camera that has run out of frames (an image folder, a video file)
 * is opened again from the start.
 */
public final class DriverCamera implements FaceCamera {
    /** Opens the camera (again). */
    @FunctionalInterface
    public interface Opener {
        Camera open() throws CameraException;
    }

    private final Opener opener;
    private final String description;
    private Camera camera;

    public DriverCamera(Opener opener, String description) {
        this.opener = opener;
        this.description = description;
    }

    @Override
    public synchronized Still capture() throws CaptureException {
        try {
            if (camera == null) {
                camera = opener.open();
            }
            Optional<Mat> frame = camera.grab();
            if (frame.isEmpty()) {
                camera.close();
                camera = opener.open();
                frame = camera.grab();
            }
            Mat mat = frame.orElseThrow(() -> new CaptureException("the camera " + description + " delivers no frames"));
            try (BytePointer jpeg = new BytePointer()) {
                if (!imencode(".jpg", mat, jpeg)) {
                    throw new CaptureException("the camera frame could not be encoded as JPEG");
                }
                byte[] bytes = new byte[(int) jpeg.limit()];
                jpeg.get(bytes);
                return new Still(bytes, camera.info());
            } finally {
                mat.close();
            }
        } catch (CameraException e) {
            throw new CaptureException(e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return description;
    }
}
