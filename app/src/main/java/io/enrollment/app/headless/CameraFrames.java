package io.enrollment.app.headless;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.camera.Camera;
import io.enrollment.devices.camera.CameraException;
import io.enrollment.devices.camera.ImageFolderCamera;
import io.enrollment.devices.camera.UsbCamera;
import io.enrollment.devices.camera.VideoFileCamera;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * The configured camera as a stream of frames for auto-capture. A file-backed camera (image folder, video file)
 * that has run out of frames is opened again from the start, so the stream never ends; the next enrollment
 * continues where the previous one stopped, as a real camera would.
 */
final class CameraFrames implements AutoCloseable {
    private final String source;
    private Camera camera;

    /** @param source the configuration's {@code camera} value: {@code folder:DIR}, {@code file:VIDEO} or {@code device:N} */
    CameraFrames(String source) {
        this.source = source;
    }

    /**
     * Frames per second of camera time: a folder of stills is taken as one photograph a second (each still is a
     * moment of its own, not part of a stream), a video file as it declares, a USB camera as opened (30).
     */
    double framesPerSecond() throws CameraException {
        if (source.startsWith("folder:")) {
            return 1;
        }
        if (camera == null) {
            camera = open();
        }
        if (camera instanceof VideoFileCamera v && v.declaredFrameRate() > 0) {
            return v.declaredFrameRate();
        }
        return 30;
    }

    /**
     * The next frame, owned by the caller.
     *
     * @throws CameraException when the camera cannot be opened or delivers nothing even from its start
     */
    Mat next() throws CameraException {
        if (camera == null) {
            camera = open();
        }
        var frame = camera.grab();
        if (frame.isEmpty()) {
            camera.close();
            camera = open();
            frame = camera.grab();
        }
        return frame.orElseThrow(() -> new CameraException("the camera " + source + " delivers no frames"));
    }

    DeviceInfo info() {
        return camera == null ? new DeviceInfo(DeviceInfo.Kind.CAMERA, "", source, "", "", DeviceInfo.Health.OK, "not opened yet")
                : camera.info();
    }

    String description() {
        return source;
    }

    private Camera open() throws CameraException {
        String kind = source.substring(0, source.indexOf(':'));
        String value = source.substring(source.indexOf(':') + 1);
        switch (kind) {
            case "folder":
                return new ImageFolderCamera(Path.of(value));
            case "file":
                avutil.av_log_set_level(avutil.AV_LOG_ERROR); // no stream banner between the run's output lines
                return new VideoFileCamera(Path.of(value));
            default:
                return new UsbCamera(Integer.parseInt(value), 1280, 720);
        }
    }

    @Override
    public void close() {
        if (camera != null) {
            camera.close();
            camera = null;
        }
    }
}
