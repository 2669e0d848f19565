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
 * A real camera through OpenCV's capture (V4L2 on Linux), by index or by name ({@link #indexOf}). The
 * device node is checked before OpenCV is asked, because OpenCV waits about 10 s for a camera that is not
 * there.
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

    /**
     * The index of the camera whose V4L2 name contains {@code name} (case-insensitive), from
     * {@code /sys/class/video4linux/videoN/name}.
     *
     * @throws CameraException when no camera has that name
     */
    public static int indexOf(String name) throws CameraException {
        return indexOf(Path.of("/sys/class/video4linux"), name);
    }

    static int indexOf(Path sysClass, String name) throws CameraException {
        String wanted = name.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> seen = new java.util.ArrayList<>();
        if (Files.isDirectory(sysClass)) {
            try (java.util.stream.Stream<Path> s = Files.list(sysClass)) {
                for (Path dev : s.sorted().toList()) {
                    String node = dev.getFileName().toString();
                    Path nameFile = dev.resolve("name");
                    if (!node.matches("video\\d+") || !Files.isRegularFile(nameFile)) {
                        continue;
                    }
                    String devName = Files.readString(nameFile).trim();
                    seen.add(node + " \"" + devName + "\"");
                    if (devName.toLowerCase(java.util.Locale.ROOT).contains(wanted)) {
                        return Integer.parseInt(node.substring("video".length()));
                    }
                }
            } catch (java.io.IOException e) {
                throw new CameraException("cannot list cameras in " + sysClass + ": " + e.getMessage(), e);
            }
        }
        throw new CameraException("no camera named \"" + name + "\"" + (seen.isEmpty() ? " (no camera is connected)"
                : " (connected: " + String.join(", ", seen) + ")"));
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
