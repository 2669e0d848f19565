package io.enrollment.devices.camera;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;

import io.enrollment.core.sample.DeviceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.bytedeco.opencv.opencv_core.Mat;

/** A folder of JPEG/PNG images played in name order as a camera: for the demo and the tests. */
public final class ImageFolderCamera implements Camera {
    private final Path folder;
    private final List<Path> files;
    private final FrameStats stats = new FrameStats();
    private int next;
    private int width;
    private int height;

    /**
     * @throws CameraException when the folder is missing or holds no images
     */
    public ImageFolderCamera(Path folder) throws CameraException {
        this.folder = folder;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)")).sorted().toList();
        } catch (IOException e) {
            throw new CameraException("image folder " + folder + " cannot be read: " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new CameraException("image folder " + folder + " holds no JPEG or PNG images");
        }
    }

    @Override
    public Optional<Mat> grab() throws CameraException {
        if (next >= files.size()) {
            return Optional.empty();
        }
        Path f = files.get(next++);
        Mat m = imread(f.toString(), IMREAD_COLOR);
        if (m == null || m.empty()) {
            stats.failure();
            throw new CameraException("image " + f.getFileName() + " cannot be decoded");
        }
        width = m.cols();
        height = m.rows();
        stats.frame();
        return Optional.of(m);
    }

    @Override
    public DeviceInfo info() {
        return stats.info("", "image folder " + folder.getFileName(), "", "", width, height);
    }

    @Override
    public void close() {
        // nothing held open
    }
}
