package io.enrollment.app.selfcheck.items;

import io.enrollment.app.selfcheck.SelfCheckItem;
import io.enrollment.core.profile.Profile;
import io.enrollment.core.selfcheck.Finding;
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
                return grab(new FFmpegFrameGrabber(where), Finding.of("camera.source.file", where), false);
            case "device":
                return device(where);
            default:
                return ItemResult.fail(id(), Finding.of("camera.badSource", source), List.of(),
                        Finding.of("camera.remedy.fixSource"));
        }
    }

    private ItemResult device(String index) {
        int n;
        try {
            n = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return ItemResult.fail(id(), Finding.of("camera.badDevice", index), List.of(),
                    Finding.of("camera.remedy.deviceNumber"));
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && !Files.exists(Path.of("/dev/video" + n))) {
            // OpenCV would wait ~10 s for a device that is not there
            return ItemResult.fail(id(), Finding.of("camera.noDevice", "/dev/video" + n),
                    List.of(Measurement.of("device", "/dev/video" + n, "")), Finding.of("camera.remedy.connect"));
        }
        return grab(new OpenCVFrameGrabber(n), Finding.of("camera.source.device", n), true);
    }

    /** @param what the source in words ({@code camera.source.*}) */
    private ItemResult grab(FrameGrabber grabber, Finding what, boolean live) {
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
                return ItemResult.fail(id(), Finding.of("camera.noFrame", what), m, Finding.of("camera.remedy.reconnect"));
            }
            double minFps = profile.threshold("selfcheck.camera.fps.min");
            m.add(Measurement.against("fps", round(fps), ">= " + minFps, "frames/s"));
            ItemResult geometryResult = geometry(width, height, m, what);
            if (geometryResult != null) {
                return geometryResult;
            }
            if (fps < minFps) {
                return ItemResult.fail(id(), Finding.of("camera.slow", what, round(fps), minFps), m,
                        Finding.of("camera.remedy.slow"));
            }
            return ItemResult.ok(id(), Finding.of("camera.ok", what, width, height, round(fps)), m);
        } catch (FrameGrabber.Exception e) {
            return ItemResult.fail(id(), Finding.of("camera.cannotOpen", what, e.getMessage()), m,
                    Finding.of("camera.remedy.cannotOpen"));
        }
    }

    private ItemResult folder(Path dir) {
        List<Path> images;
        try (Stream<Path> s = Files.list(dir)) {
            images = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
                    .sorted().toList();
        } catch (IOException e) {
            return ItemResult.fail(id(), Finding.of("camera.folderUnreadable", dir, e.getMessage()), List.of(),
                    Finding.of("camera.remedy.folder"));
        }
        List<Measurement> m = new ArrayList<>();
        m.add(Measurement.of("frames", images.size(), ""));
        if (images.isEmpty()) {
            return ItemResult.fail(id(), Finding.of("camera.folderEmpty", dir), m, Finding.of("camera.remedy.demoFrames"));
        }
        BufferedImage first;
        try {
            first = ImageIO.read(images.get(0).toFile());
        } catch (IOException e) {
            first = null;
        }
        if (first == null) {
            return ItemResult.fail(id(), Finding.of("camera.frameDamaged", images.get(0).getFileName()), m,
                    Finding.of("camera.remedy.replaceFrames", dir));
        }
        ItemResult g = geometry(first.getWidth(), first.getHeight(), m, Finding.of("camera.source.folder"));
        return g != null ? g : ItemResult.ok(id(), Finding.of("camera.folderOk", images.size(), first.getWidth(),
                first.getHeight()), m);
    }

    /** Adds the resolution and inter-eye estimate; a FAIL result when R-FACE-5 cannot be met, else null. */
    private ItemResult geometry(int width, int height, List<Measurement> m, Finding what) {
        m.add(Measurement.of("width", width, "px"));
        m.add(Measurement.of("height", height, "px"));
        double halfFov = Math.toRadians(geometry.horizontalFovDegrees() / 2);
        double ied = width * EYE_DISTANCE_MM / (2 * geometry.workingDistanceMm() * Math.tan(halfFov));
        double min = profile.threshold("face.ied.min");
        m.add(Measurement.against("inter-eye distance at " + Math.round(geometry.workingDistanceMm() / 10) + " cm",
                round(ied), ">= " + min, "px"));
        if (ied < min) {
            return ItemResult.fail(id(), Finding.of("camera.tooFewPixels", what, width, height, Math.round(ied),
                    "R-FACE-5", Math.round(min)), m, Finding.of("camera.remedy.geometry"));
        }
        return null;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
