package io.enrollment.devices.camera;

import io.enrollment.core.sample.DeviceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.javacv.OpenCVFrameGrabber;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A real camera through OpenCV's capture (V4L2 on Linux). The device node is checked before OpenCV is
 * asked, because OpenCV waits about 10 s for a camera that is not there.
 */
public final class UsbCamera implements Camera {
    private final int index;
    private final OpenCVFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private final FrameStats stats = new FrameStats();
    private final Path devices;

    /**
     * Opens camera {@code index} at the requested resolution (the camera may choose another).
     *
     * @throws CameraException when there is no such camera or it cannot be started
     */
    public UsbCamera(int index, int width, int height) throws CameraException {
        this(index, width, height, Path.of("/dev"));
    }

    UsbCamera(int index, int width, int height, Path devices) throws CameraException {
        this.index = index;
        this.devices = devices;
        if (!present(devices, index)) {
            throw new CameraException("no camera: " + devices.resolve("video" + index) + " does not exist"
                    + " (is the camera plugged in and allowed for this user?)");
        }
        grabber = new OpenCVFrameGrabber(index);
        grabber.setImageWidth(width);
        grabber.setImageHeight(height);
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            throw new CameraException("camera " + index + " cannot be started: " + e.getMessage(), e);
        }
    }

    /** Whether the device node of camera {@code index} exists (Linux). */
    public static boolean present(Path devices, int index) {
        return Files.exists(devices.resolve("video" + index));
    }

    @Override
    public Optional<Mat> grab() throws CameraException {
        if (!present(devices, index)) {
            stats.failure();
            throw new CameraException("camera " + index + " disappeared (unplugged?)");
        }
        try {
            Frame f = grabber.grab();
            if (f == null) {
                stats.dropped(1);
                return Optional.empty();
            }
            stats.frame();
            return Optional.of(converter.convert(f).clone());
        } catch (FrameGrabber.Exception e) {
            stats.failure();
            throw new CameraException("camera " + index + " stopped delivering frames: " + e.getMessage(), e);
        }
    }

    @Override
    public DeviceInfo info() {
        return stats.info("", "camera " + index, "", "OpenCV V4L2", grabber.getImageWidth(), grabber.getImageHeight());
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // the device is going away anyway
        }
    }
}
