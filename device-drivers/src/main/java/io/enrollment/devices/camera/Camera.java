package io.enrollment.devices.camera;

import io.enrollment.core.sample.DeviceInfo;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A source of 8-bit BGR frames: a real camera, a video file or a folder of images. Not thread-safe;
 * one thread grabs.
 */
public interface Camera extends AutoCloseable {
    /**
     * The next frame, owned by the caller (close it), or empty at the end of a file-backed source.
     *
     * @throws CameraException when the device stopped delivering frames (unplugged, failed)
     */
    Optional<Mat> grab() throws CameraException;

    /** Name, resolution, achieved frame rate, dropped frames and health, as of now (R-QC-2, R-SELF-1). */
    DeviceInfo info();

    @Override
    void close();
}
