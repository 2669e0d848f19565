package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.ItemResult;
import io.enrollment.core.selfcheck.Measurement;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.OpenCVFrameGrabber;

/**
 * Camera: it opens, frames arrive at the configured rate, and its resolution at the configured working distance
 * can give the inter-eye distance of R-FACE-5. Sources as configured: {@code device:N} (a camera through
 * OpenCV), {@code file:VIDEO} (FFmpeg), {@code folder:IMAGES} (the demo's still frames).
 *
 * <p>Inter-eye distance estimate: {@code width × 63 mm / (2 × distance × tan(fov / 2))}, for an average adult's
 * 63 mm between the eye centres.
 */
public final class CameraCheck implements SelfCheckItem {
    private static final double EYE_DISTANCE_MM = 63.0;
    private static final int FRAMES = 15;

    private final String source;
    private final CameraGeometry geometry;
    private final Profile profile;

    public CameraCheck(String source, CameraGeometry geometry, Profile profile) {
        this.source = source;
        this.geometry = geometry;
        this.profile = profile;
    }

    @Override
    public String id() {
        return "camera";
    }

    @Override
    public ItemResult run() {
        int colon = source.indexOf(':');
        String kind = colon < 0 ? "" : source.substring(0, colon);
        String where = colon < 0 ? source : source.substring(colon + 1);
        switch (kind) {
            case "folder":
                return folder(Path.of(where));
            case "file":
                return grab(new FFmpegFrameGrabber(where), "video file " + where, false);
            case "device":
                return device(where);
            default:
                return ItemResult.fail(id(), "camera source '" + source + "' is not device:N, file:VIDEO or folder:IMAGES",
                        List.of(), "fix 'camera' in the workstation configuration (docs/configuration.md)");
        }
    }

    private ItemResult device(String index) {
        int n;
        try {
            n = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return ItemResult.fail(id(), "camera device '" + index + "' is not a number", List.of(),
                    "set camera=device:0 (or the index of the enrollment camera)");
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && !Files.exists(Path.of("/dev/video" + n))) {
            // OpenCV would wait ~10 s for a device that is not there
            return ItemResult.fail(id(), "no camera at /dev/video" + n, List.of(Measurement.of("device", "/dev/video" + n, "")),
                    "connect the enrollment camera (USB), check its cable, and that the user is in the 'video' group");
        }
        return grab(new OpenCVFrameGrabber(n), "camera " + n, true);
    }

    private ItemResult grab(FrameGrabber grabber, String what, boolean live) {
        List<Measurement> m = new ArrayList<>();
        try {
            grabber.start();
            int width = grabber.getImageWidth();
            int height = grabber.getImageHeight();
            int frames = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < FRAMES * 4 && frames < FRAMES; i++) {
                Frame f = grabber.grab();
                if (f == null) {
                    break;
                }
                if (f.image == null) {
                    continue;
                }
                frames++;
                width = f.imageWidth;
                height = f.imageHeight;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double fps = live ? frames / Math.max(seconds, 1e-3) : grabber.getFrameRate();
            grabber.stop();
            m.add(Measurement.of("frames", frames, ""));
            if (frames == 0) {
                return ItemResult.fail(id(), what + " opened but delivered no frame", m,
                        "reconnect the camera; if it persists, another program may hold it or it is faulty");
            }
            double minFps = profile.threshold("selfcheck.camera.fps.min");
            m.add(Measurement.against("fps", round(fps), ">= " + minFps, "frames/s"));
            ItemResult geometryResult = geometry(width, height, m, what);
            if (geometryResult != null) {
                return geometryResult;
            }
            if (fps < minFps) {
                return ItemResult.fail(id(), what + " delivers " + round(fps) + " frames/s, at least " + minFps + " needed", m,
                        "close other programs using the camera, use a USB 3 port, or lower its resolution setting");
            }
            return ItemResult.ok(id(), what + ": " + width + "×" + height + " at " + round(fps) + " frames/s", m);
        } catch (FrameGrabber.Exception e) {
            return ItemResult.fail(id(), what + " cannot be opened: " + e.getMessage(), m,
                    "connect the camera, check the 'camera' setting, and that no other program uses it");
        }
    }

    private ItemResult folder(Path dir) {
        List<Path> images;
        try (Stream<Path> s = Files.list(dir)) {
            images = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
                    .sorted().toList();
        } catch (IOException e) {
            return ItemResult.fail(id(), "camera folder " + dir + " cannot be read: " + e.getMessage(), List.of(),
                    "the demo camera reads still frames from this folder: create it or fix 'camera'");
        }
        List<Measurement> m = new ArrayList<>();
        m.add(Measurement.of("frames", images.size(), ""));
        if (images.isEmpty()) {
            return ItemResult.fail(id(), "camera folder " + dir + " holds no JPEG or PNG frame", m,
                    "put the demo frames into the folder (./workstation demo writes them)");
        }
        BufferedImage first;
        try {
            first = ImageIO.read(images.get(0).toFile());
        } catch (IOException e) {
            first = null;
        }
        if (first == null) {
            return ItemResult.fail(id(), "frame " + images.get(0).getFileName() + " cannot be decoded", m,
                    "replace the damaged frame files in " + dir);
        }
        ItemResult g = geometry(first.getWidth(), first.getHeight(), m, "camera folder");
        return g != null ? g : ItemResult.ok(id(), "camera folder (demo): " + images.size() + " frames of "
                + first.getWidth() + "×" + first.getHeight(), m);
    }

    /** Adds the resolution and inter-eye estimate; a FAIL result when R-FACE-5 cannot be met, else null. */
    private ItemResult geometry(int width, int height, List<Measurement> m, String what) {
        m.add(Measurement.of("width", width, "px"));
        m.add(Measurement.of("height", height, "px"));
        double halfFov = Math.toRadians(geometry.horizontalFovDegrees() / 2);
        double ied = width * EYE_DISTANCE_MM / (2 * geometry.workingDistanceMm() * Math.tan(halfFov));
        double min = profile.threshold("face.ied.min");
        m.add(Measurement.against("inter-eye distance at " + Math.round(geometry.workingDistanceMm() / 10) + " cm",
                round(ied), ">= " + min, "px"));
        if (ied < min) {
            return ItemResult.fail(id(), what + ": " + width + "×" + height + " gives about " + Math.round(ied)
                            + " px between the eyes at the working distance, R-FACE-5 needs " + Math.round(min), m,
                    "use a higher camera resolution, a narrower lens, or a shorter working distance (camera.distance.cm)");
        }
        return null;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
