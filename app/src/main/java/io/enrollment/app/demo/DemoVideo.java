package io.enrollment.app.demo;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The demo camera's video, made from studio portraits (at build time, or at the demo's first start; never
 * committed): a 1280×720, 25 fps clip in which nobody is in front of the camera, then the person looks away,
 * a second person steps in, the person covers their mouth, and finally faces the camera and holds still — so
 * the face step's guidance visibly changes before it captures automatically. The portraits are the shared
 * test photographs' layout ({@code neutral_front/NNN_03.jpg}, {@code neutral_left_3quarter/NNN_02.jpg}).
 */
public final class DemoVideo {
    public static final String FILE_NAME = "demo-face.mp4";
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int FPS = 25;
    /** Head and shoulders of a 1350×1350 portrait, scaled to the frame's height: inter-eye distance ≈ 170 px. */
    private static final Rect HEAD_AND_SHOULDERS = new Rect(225, 200, 900, 900);
    private static final Scalar WALL = new Scalar(200, 200, 200, 0);
    private static final String CREDIT = "Face Research Lab London Set (DeBruine & Jones 2017), CC BY 4.0";

    /** One stretch of the clip: what the camera sees, for how long. */
    enum Scene {
        NOBODY(2.0), LOOKING_AWAY(2.0), TWO_PEOPLE(2.0), MOUTH_COVERED(2.0), FACING_THE_CAMERA(4.8);

        final double seconds;

        Scene(double seconds) {
            this.seconds = seconds;
        }

        int frames() {
            return (int) Math.round(seconds * FPS);
        }

        /** The scene shown at {@code frame} of the clip (the clip's order is the enum's). */
        static Scene at(int frame) {
            int start = 0;
            for (Scene s : values()) {
                start += s.frames();
                if (frame < start) {
                    return s;
                }
            }
            return FACING_THE_CAMERA;
        }
    }

    private DemoVideo() {
    }

    /** The photographs the clip is made from, relative to the portraits' folder. */
    static List<String> photos() {
        // person 003 faces the camera squarely (yaw ≈ 1°, pitch ≈ 1°): the demo captures without hesitating
        return List.of("neutral_front/003_03.jpg", "neutral_front/006_03.jpg", "neutral_left_3quarter/003_02.jpg");
    }

    /** Why the clip cannot be made from {@code faces}, or empty when it can. */
    public static Optional<String> missing(Path faces) {
        for (String p : photos()) {
            if (!Files.isRegularFile(faces.resolve(p))) {
                return Optional.of("no portrait " + faces.resolve(p));
            }
        }
        return Optional.empty();
    }

    /** The number of frames in the clip. */
    static int length() {
        int n = 0;
        for (Scene s : Scene.values()) {
            n += s.frames();
        }
        return n;
    }

    /**
     * Makes the clip at {@code out} (written beside it, then moved into place, so a reader never sees half a file).
     *
     * @throws IOException when a portrait is missing or the video cannot be written
     */
    public static void make(Path faces, Path out) throws IOException {
        Optional<String> missing = missing(faces);
        if (missing.isPresent()) {
            throw new IOException("cannot make the demo video: " + missing.get());
        }
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "demo-face", ".mp4.part");
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
        avutil.av_log_set_level(avutil.AV_LOG_ERROR); // no encoder banner in the build log
        try (Mat front = portrait(faces.resolve(photos().get(0))); Mat other = portrait(faces.resolve(photos().get(1)));
             Mat turned = portrait(faces.resolve(photos().get(2)));
             FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(partial.toFile(), WIDTH, HEIGHT)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            recorder.setFrameRate(FPS);
            recorder.setVideoQuality(2);
            recorder.start();
            for (int i = 0; i < length(); i++) {
                try (Mat frame = frame(Scene.at(i), i, front, other, turned)) {
                    recorder.record(converter.convert(frame));
                }
            }
            recorder.stop();
        } catch (FrameRecorder.Exception e) {
            Files.deleteIfExists(partial);
            throw new IOException("cannot encode the demo video: " + e.getMessage(), e);
        }
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The portrait's head and shoulders, 720×720. */
    private static Mat portrait(Path photo) throws IOException {
        try (Mat src = imread(photo.toString(), IMREAD_COLOR)) {
            if (src == null || src.empty() || src.cols() < 1125 || src.rows() < 1100) {
                throw new IOException("cannot use portrait " + photo + " (a 1350×1350 studio portrait is expected)");
            }
            Mat out = new Mat();
            try (Mat part = src.apply(HEAD_AND_SHOULDERS)) {
                resize(part, out, new Size(HEIGHT, HEIGHT), 0, 0, INTER_AREA);
            }
            return out;
        }
    }

    private static Mat frame(Scene scene, int index, Mat front, Mat other, Mat turned) {
        Mat frame = new Mat(HEIGHT, WIDTH, opencv_core.CV_8UC3, WALL);
        // a person never stands perfectly still: a slow sway of a few pixels
        int sway = (int) Math.round(3 * Math.sin(2 * Math.PI * index / (2.0 * FPS)));
        int centre = (WIDTH - HEIGHT) / 2 + sway;
        switch (scene) {
            case NOBODY:
                break;
            case LOOKING_AWAY:
                paste(frame, turned, centre, 0, HEIGHT);
                break;
            case TWO_PEOPLE:
                paste(frame, front, 40 + sway, 120, 600);
                paste(frame, other, WIDTH - 640 + sway, 120, 600);
                break;
            case MOUTH_COVERED:
                paste(frame, front, centre, 0, HEIGHT);
                // a hand over the mouth and chin
                ellipse(frame, new Point(centre + HEIGHT / 2, 520), new Size(150, 95), 0, 0, 360,
                        new Scalar(120, 150, 205, 0), FILLED, LINE_AA, 0);
                break;
            default:
                paste(frame, front, centre, 0, HEIGHT);
                break;
        }
        putText(frame, CREDIT, new Point(16, HEIGHT - 16), FONT_HERSHEY_SIMPLEX, 0.5, new Scalar(60, 60, 60, 0), 1, LINE_AA, false);
        return frame;
    }

    private static void paste(Mat frame, Mat portrait, int x, int y, int side) {
        try (Mat scaled = new Mat()) {
            Mat source = portrait;
            if (side != portrait.cols()) {
                resize(portrait, scaled, new Size(side, side), 0, 0, INTER_AREA);
                source = scaled;
            }
            try (Mat roi = frame.apply(new Rect(x, y, side, side))) {
                source.copyTo(roi);
            }
        }
    }

    /** Whether this class was compiled after {@code video} was made (the clip may have changed since). */
    private static boolean olderThanItsMaker(Path video) throws IOException {
        try {
            Path classes = Path.of(DemoVideo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path self = classes.resolve(DemoVideo.class.getName().replace('.', '/') + ".class");
            return Files.isRegularFile(self) && Files.getLastModifiedTime(self).compareTo(Files.getLastModifiedTime(video)) > 0;
        } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return false; // running from a jar: the video beside it was made by the same build
        }
    }

    /**
     * Build time: {@code DemoVideo FACES OUT} makes the clip unless it exists and is newer than this class; without the portraits it says
     * so and leaves nothing (the demo then says it has no video). Never fails the build.
     */
    public static void main(String[] args) throws IOException {
        Path faces = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (Files.isRegularFile(out) && !olderThanItsMaker(out)) {
            return;
        }
        Optional<String> missing = missing(faces);
        if (missing.isPresent()) {
            System.out.println("[demo video] not made: " + missing.get() + " (the demo camera will say it has no video)");
            return;
        }
        make(faces, out);
        System.out.println("[demo video] " + out + " (" + Files.size(out) / 1024 + " KiB, " + length() + " frames)");
    }
}
