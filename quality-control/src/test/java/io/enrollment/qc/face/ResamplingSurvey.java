package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.getRotationMatrix2D;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.qc.face.image.ResamplingTrace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Survey (not a test): how often the resampling trace (R-FACE-11) crosses the profile's threshold on real
 * photographs left alone, saved once as JPEG, scaled up, scaled down or rotated, and saved at different JPEG
 * qualities afterwards. Prints the table of docs/face-qc.md. Photos: the 27 neutral frontal portraits of
 * {@code shared/testdata/faces}, and the real photographs of python3-skimage and python-matplotlib-data.
 * Run like {@code FaceQcBench}: {@code java -cp … io.enrollment.qc.face.ResamplingSurvey}.
 */
public final class ResamplingSurvey {
    private static final List<String> DEBIAN_PHOTOS = List.of("astronaut.png", "coffee.png", "chelsea.png",
            "motorcycle_left.png", "motorcycle_right.png", "rocket.jpg", "hubble_deep_field.jpg");

    private static final List<String> PHOTO_NAMES = new ArrayList<>();
    private static String current;

    private ResamplingSurvey() {
    }

    public static void main(String[] args) throws Exception {
        double threshold = ProfileLoader.builtIn("ru").threshold("face.edits.resampling.max");
        List<Path> photos = new ArrayList<>(TestPhotos.folder("neutral_front"));
        for (String name : DEBIAN_PHOTOS) {
            TestPhotos.skimage(name).ifPresent(photos::add);
        }
        TestPhotos.graceHopper().ifPresent(photos::add);
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        for (Path photo : photos) {
            current = photo.getFileName().toString();
            try (Mat original = imread(photo.toString());
                 Mat offGrid = original.apply(new Rect(3, 5, original.cols() - 3, original.rows() - 5)).clone()) {
                record(scores, "as distributed", original, Mat::clone);
                System.out.printf(Locale.ROOT, "%-28s as distributed %s%n", photo.getFileName(), ResamplingTrace.of(original));
                for (int q : new int[] {95, 90, 75}) {
                    record(scores, "JPEG once q" + q + " (crop off the grid)", offGrid, m -> jpeg(m, q));
                }
                for (double k : new double[] {1.1, 1.25, 1.5, 2.0, 0.9, 0.75, 0.6, 0.5}) {
                    for (int interpolation : k > 1 ? new int[] {INTER_LINEAR, INTER_CUBIC} : new int[] {INTER_LINEAR, INTER_CUBIC, INTER_AREA}) {
                        String name = (k > 1 ? "up " : "down ") + k + "x " + interpolationName(interpolation);
                        for (int q : new int[] {-1, 95, 90, 75}) {
                            record(scores, name + (q < 0 ? ", PNG" : ", JPEG q" + q), offGrid, m -> {
                                try (Mat s = scaled(m, k, interpolation)) {
                                    return jpeg(s, q);
                                }
                            });
                        }
                    }
                }
                for (double degrees : new double[] {1, 3}) {
                    for (int q : new int[] {95, 75}) {
                        record(scores, "rotated " + degrees + "° bilinear, JPEG q" + q, offGrid, m -> {
                            try (Mat r = rotated(m, degrees)) {
                                return jpeg(r, q);
                            }
                        });
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%d photographs; threshold %.1f (profile ru)%n%n| image | above threshold | median score | min–max | missed (when few) |%n|---|---|---|---|---|%n",
                photos.size(), threshold));
        for (Map.Entry<String, List<Double>> e : scores.entrySet()) {
            List<Double> raw = e.getValue();
            double[] v = raw.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            long above = Arrays.stream(v).filter(x -> x > threshold).count();
            List<String> missed = new ArrayList<>();
            for (int i = 0; i < raw.size(); i++) {
                if (raw.get(i) <= threshold) {
                    missed.add(PHOTO_NAMES.get(i));
                }
            }
            boolean positive = !e.getKey().startsWith("as ") && !e.getKey().startsWith("JPEG once");
            table.append(String.format(Locale.ROOT, "| %s | %d/%d | %.1f | %.1f–%.1f | %s |%n", e.getKey(), above, v.length,
                    v[v.length / 2], v[0], v[v.length - 1], positive && missed.size() <= 8 ? String.join(", ", missed) : ""));
        }
        System.out.println(table);
        Files.writeString(Path.of("target/resampling-survey.md"), table);
    }

    /** Scores {@code make(source)}, a new image that is closed afterwards. */
    private static void record(Map<String, List<Double>> scores, String condition, Mat source, UnaryOperator<Mat> make) {
        if (condition.equals("as distributed")) {
            PHOTO_NAMES.add(current);
        }
        try (Mat made = make.apply(source)) {
            scores.computeIfAbsent(condition, c -> new ArrayList<>()).add(ResamplingTrace.of(made).score());
        }
    }

    private static String interpolationName(int interpolation) {
        return interpolation == INTER_LINEAR ? "bilinear" : interpolation == INTER_CUBIC ? "bicubic" : "area";
    }

    static Mat scaled(Mat image, double k, int interpolation) {
        Mat out = new Mat();
        resize(image, out, new Size(), k, k, interpolation);
        return out;
    }

    static Mat rotated(Mat image, double degrees) {
        Mat out = new Mat();
        try (Mat m = getRotationMatrix2D(new Point2f(image.cols() / 2f, image.rows() / 2f), degrees, 1.0)) {
            warpAffine(image, out, m, image.size());
        }
        return out;
    }

    /**
     * A new image: {@code image} encoded as JPEG at {@code quality} and decoded again (as an importer reads
     * it), or a copy for -1 (PNG is lossless).
     */
    static Mat jpeg(Mat image, int quality) {
        if (quality < 0) {
            return image.clone();
        }
        try (BytePointer buf = new BytePointer(); IntPointer q = new IntPointer(IMWRITE_JPEG_QUALITY, quality)) {
            imencode(".jpg", image, buf, q);
            try (Mat bytes = new Mat(1, (int) buf.limit(), opencv_core.CV_8UC1, buf)) {
                return imdecode(bytes, IMREAD_COLOR);
            }
        }
    }
}
