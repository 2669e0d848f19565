package io.enrollment.devices.camera;

import io.enrollment.core.sample.DeviceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.opencv_core.Mat;

/** A video file played as a camera (FFmpeg): for the demo and the tests. */
public final class VideoFileCamera implements Camera {
    private final Path file;
    private final FFmpegFrameGrabber grabber;
    private final OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
    private final FrameStats stats = new FrameStats();

    /**
     * Opens {@code file}.
     *
     * @throws CameraException when the file is missing or not a video FFmpeg can decode
     */
    public VideoFileCamera(Path file) throws CameraException {
        if (!Files.isRegularFile(file)) {
            throw new CameraException("video file " + file + " does not exist");
        }
        this.file = file;
        this.grabber = new FFmpegFrameGrabber(file.toFile());
        try {
            grabber.start();
        } catch (FrameGrabber.Exception e) {
            throw new CameraException("cannot open video " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (grabber.getImageWidth() <= 0) {
            close();
            throw new CameraException(file.getFileName() + " has no video stream");
        }
    }

    @Override
    public Optional<Mat> grab() throws CameraException {
        try {
            Frame f = grabber.grabImage();
            if (f == null) {
                return Optional.empty();
            }
            Mat m = converter.convert(f);
            stats.frame();
            return Optional.of(m.clone());
        } catch (FrameGrabber.Exception e) {
            stats.failure();
            throw new CameraException("video " + file.getFileName() + " stopped: " + e.getMessage(), e);
        }
    }

    /** Frame rate the file declares. */
    public double declaredFrameRate() {
        return grabber.getFrameRate();
    }

    @Override
    public DeviceInfo info() {
        return stats.info("", "video file " + file.getFileName(), "", "FFmpeg " + grabber.getFormat(),
                grabber.getImageWidth(), grabber.getImageHeight());
    }

    @Override
    public void close() {
        try {
            grabber.close();
        } catch (FrameGrabber.Exception e) {
            // closing a file-backed grabber cannot lose data; nothing to report
        }
    }
}
