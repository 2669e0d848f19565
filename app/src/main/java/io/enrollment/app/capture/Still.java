package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Objects;
import org.bytedeco.opencv.opencv_core.Mat;

/** One encoded still image (JPEG or PNG) from a camera, and the camera as it was. */
public record Still(byte[] image, DeviceInfo device) {
    public Still {
        image = image.clone();
        Objects.requireNonNull(device, "device");
    }

    /**
     * A camera frame as a still: encoded once as JPEG (the stored form, R-FACE-11).
     *
     * @throws CaptureException when the frame cannot be encoded
     */
    public static Still of(Mat bgr, DeviceInfo device) throws CaptureException {
        return new Still(FrameJpeg.encode(bgr), device);
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public String toString() {
        return "Still[" + image.length + " bytes]";
    }
}
