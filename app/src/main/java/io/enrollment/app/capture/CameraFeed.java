package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * A camera opened for a live preview. One thread calls {@link #next()}; a camera that goes away is retried on
 * the following calls, so the preview can say so and carry on when it returns.
 */
public interface CameraFeed extends AutoCloseable {
    /**
     * The next 8-bit BGR frame, owned by the caller (close it). Blocks until the camera delivers it (file-backed
     * sources are played in real time).
     *
     * @throws CaptureException while the camera is away or cannot be opened; the message says why
     */
    Mat next() throws CaptureException;

    /** The camera as it is now (name, resolution, achieved frame rate, dropped frames, health). */
    DeviceInfo info();

    @Override
    void close();
}
