package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.qc.face.check.SharpnessCheck;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.BlazeFaceDetector;
import io.enrollment.qc.face.model.CanonicalFaceModel;
import io.enrollment.qc.face.model.ExpressionNetwork;
import io.enrollment.qc.face.model.ExpressionScores;
import io.enrollment.qc.face.model.FaceDetection;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.FaceMeshLandmarker;
import io.enrollment.qc.face.model.HeadPoseEstimator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Benchmark (not a test): live per-frame QC on 1280×720 frames and still-image QC, with the time per
 * stage. Run after {@code mvn -pl quality-control test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(deps) io.enrollment.qc.face.FaceQcBench [frames [still]]}
 * ({@code still}: the still-image path only, {@code frames} images).
 * Figures go in docs/benchmarks.md.
 */
public final class FaceQcBench {
    private FaceQcBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        System.out.printf(Locale.ROOT, "load average at start %.2f, %d cores%n", load(), Runtime.getRuntime().availableProcessors());
        if (args.length > 1 && args[1].equals("still")) { // the still path only
            FaceQualityParameters p = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false);
            stillStages(n, p);
            still(n);
            System.out.printf(Locale.ROOT, "load average at end %.2f%n", load());
            return;
        }
        FaceQualityParameters p = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false);
        List<Mat> frames = List.of(frame("neutral_front/017_03.jpg"), frame("neutral_front/003_03.jpg"), frame("smiling_front/002_08.jpg"));
        try (FaceQualityPipeline pipeline = new FaceQualityPipeline()) {
            LiveFaceQc warm = new LiveFaceQc(pipeline, p, Language.EN, "ru");
            for (int i = 0; i < 50; i++) {
                warm.check(frames.get(0));
            }
            for (int threads : new int[] {-1, 1}) {
                opencv_core.setNumThreads(threads);
                String t = threads < 0 ? "OpenCV default threads" : "1 OpenCV thread";
                for (int interval : new int[] {LiveFaceQc.DEFAULT_WHOLE_FRAME_INTERVAL, 15, 1}) {
                    live(new LiveFaceQc(pipeline, p, Language.EN, "ru", interval), frames, n, t + ", whole frame every " + interval);
                }
            }
            opencv_core.setNumThreads(-1);
        }
        stages(frames.get(0), n, p);
        stillStages(n / 3, p);
        still(n / 3);
        System.out.printf(Locale.ROOT, "load average at end %.2f%n", load());
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** {@link LiveFaceQc} over the frames (the subject changes every 30): wall and CPU, all frames and by kind. */
    private static void live(LiveFaceQc live, List<Mat> frames, int n, String what) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wall = new double[n];
        double[] cpu = new double[n];
        boolean[] whole = new boolean[n];
        for (int i = 0; i < n; i++) {
            Mat f = frames.get((i / 30) % frames.size());
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            live.check(f);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            whole[i] = live.lastWasWholeFrame();
        }
        report("live per-frame QC, " + what + ", wall", wall);
        report("  CPU of the thread, all frames", cpu);
        report("  CPU, frames with the whole-frame detector", pick(cpu, whole, true));
        if (pick(cpu, whole, false).length > 0) {
            report("  CPU, tracked frames (region detector)", pick(cpu, whole, false));
        }
    }

    private static double[] pick(double[] v, boolean[] mask, boolean want) {
        return java.util.stream.IntStream.range(0, v.length).filter(i -> mask[i] == want).mapToDouble(i -> v[i]).toArray();
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Per-stage CPU time of the calling thread, OpenCV restricted to that thread. */
    private static void stages(Mat frame, int n, FaceQualityParameters p) {
        opencv_core.setNumThreads(1);
        try (BlazeFaceDetector detector = new BlazeFaceDetector(); BlazeFaceDetector shortRange = BlazeFaceDetector.shortRange();
             FaceMeshLandmarker mesh = new FaceMeshLandmarker(); ExpressionNetwork expression = new ExpressionNetwork()) {
            HeadPoseEstimator pose = new HeadPoseEstimator(CanonicalFaceModel.load(), HeadPoseEstimator.FRONTAL_PITCH_BIAS);
            double[] det = new double[n];
            double[] near = new double[n];
            double[] one = new double[n];
            double[] three = new double[n];
            double[] fit = new double[n];
            double[] align = new double[n];
            double[] rules = new double[n];
            double[] net = new double[n];
            FaceDetection face = detector.detect(frame, 0.5).get(0);
            FaceMesh m = mesh.landmarks(frame, face);
            for (int i = 0; i < n; i++) {
                long r0 = cpu();
                shortRange.detect(frame, FaceQualityPipeline.trackingRegion(m), 0.5);
                near[i] = (cpu() - r0) / 1e6;
                long t0 = cpu();
                face = detector.detect(frame, 0.5).get(0);
                long t1 = cpu();
                FaceMesh tracked = mesh.refine(frame, m);
                long t2 = cpu();
                m = mesh.landmarks(frame, face);
                long t3 = cpu();
                var hp = pose.estimate(m, face);
                long t4 = cpu();
                AlignedFace a = AlignedFace.of(frame, tracked);
                long t5 = cpu();
                FaceAnalysis analysis = new FaceAnalysis(frame.cols(), frame.rows(), ImageSource.cameraFrame(), List.of(face),
                        Optional.of(tracked), Optional.of(hp), Optional.of(a));
                FaceQualityPipeline.judge(analysis, p, Language.EN, "ru");
                SharpnessCheck.sharpness(a);
                long t6 = cpu();
                expression.classify(a);
                net[i] = (cpu() - t6) / 1e6;
                det[i] = (t1 - t0) / 1e6;
                one[i] = (t2 - t1) / 1e6;
                three[i] = (t3 - t2) / 1e6;
                fit[i] = (t4 - t3) / 1e6;
                align[i] = (t5 - t4) / 1e6;
                rules[i] = (t6 - t5) / 1e6;
            }
            report("  CPU stage: BlazeFace detection (letterbox 256 + DNN + decode)", det);
            report("  CPU stage: short-range detection on the tracked region", near);
            report("  CPU stage: face mesh, one pass (tracked)", one);
            report("  CPU stage: face mesh, three passes (from the detector box)", three);
            report("  CPU stage: pose (rigid fit + Frankfurt pitch)", fit);
            report("  CPU stage: aligned face crop 160x208", align);
            report("  CPU stage: all rules on the analysis", rules);
            report("  CPU stage: expression network (crop 112 + DNN)", net);
        }
        opencv_core.setNumThreads(-1);
    }

    /** Per-stage CPU time of the still path on the 1350×1350 JPEG, one OpenCV thread. */
    private static void stillStages(int n, FaceQualityParameters p) throws Exception {
        byte[] jpeg = Files.readAllBytes(faces().resolve("neutral_front/017_03.jpg"));
        opencv_core.setNumThreads(1);
        try (BlazeFaceDetector detector = new BlazeFaceDetector(); FaceMeshLandmarker mesh = new FaceMeshLandmarker();
             ExpressionNetwork expression = new ExpressionNetwork()) {
            double[][] t = new double[11][n];
            io.enrollment.qc.face.image.ImageHeader header = io.enrollment.qc.face.image.ImageHeaderReader.read(jpeg);
            HeadPoseEstimator pose = new HeadPoseEstimator(CanonicalFaceModel.load(), HeadPoseEstimator.FRONTAL_PITCH_BIAS);
            for (int i = 0; i < n; i++) {
                long r0 = cpu();
                try (var preview = io.enrollment.qc.face.image.StillImageReader.preview(jpeg, header, BlazeFaceDetector.WHOLE_FRAME_INPUT).orElseThrow()) {
                    long r1 = cpu();
                    detector.detect(preview.bgr(), 0.5);
                    t[10][i] = (cpu() - r1) / 1e6;
                    t[9][i] = (r1 - r0) / 1e6;
                }
                long h0 = cpu();
                io.enrollment.qc.face.image.ImageHeaderReader.read(jpeg);
                t[7][i] = (cpu() - h0) / 1e6;
                long c0 = cpu();
                Mat bgr;
                try (org.bytedeco.javacpp.BytePointer bp = new org.bytedeco.javacpp.BytePointer(jpeg);
                     Mat buf = new Mat(1, jpeg.length, opencv_core.CV_8UC1, bp)) {
                    bgr = org.bytedeco.opencv.global.opencv_imgcodecs.imdecode(buf, org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR);
                }
                long c1 = cpu();
                io.enrollment.qc.face.image.JpegRecompression.score(jpeg, bgr);
                long c2 = cpu();
                io.enrollment.qc.face.image.ResamplingTrace.of(bgr);
                long c3 = cpu();
                FaceDetection face = detector.detect(bgr, 0.5).get(0);
                long c4 = cpu();
                FaceMesh m = mesh.landmarks(bgr, face);
                long c5 = cpu();
                AlignedFace a = AlignedFace.of(bgr, m);
                long c6 = cpu();
                ExpressionScores e = expression.classify(a);
                long c7 = cpu();
                FaceAnalysis analysis = new FaceAnalysis(bgr.cols(), bgr.rows(), ImageSource.cameraFrame(), List.of(face),
                        Optional.of(m), Optional.of(pose.estimate(m, face)), Optional.of(a), Optional.of(e));
                FaceQualityPipeline.judge(analysis, p, Language.EN, "ru");
                t[8][i] = (cpu() - c7) / 1e6;
                bgr.close();
                long[] c = {c0, c1, c2, c3, c4, c5, c6, c7};
                for (int k = 0; k < 7; k++) {
                    t[k][i] = (c[k + 1] - c[k]) / 1e6;
                }
            }
            String[] names = {"JPEG decode 1350x1350", "JPEG recompression trace", "resampling trace",
                    "BlazeFace whole-frame detection (shrink + DNN + decode)", "face mesh, three passes", "aligned face crop",
                    "expression network", "header read (ImageHeaderReader)", "pose + every rule",
                    "JPEG decode at 1/4 (the detector's copy, FaceChecker)", "BlazeFace whole-frame detection on the 1/4 copy"};
            for (int k = 0; k < 11; k++) {
                report("  still CPU stage: " + names[k], t[k]);
            }
        }
        opencv_core.setNumThreads(-1);
    }

    private static void still(int n) throws Exception {
        byte[] jpeg = Files.readAllBytes(faces().resolve("neutral_front/017_03.jpg"));
        FaceChecker checker = new FaceChecker();
        var ru = ProfileLoader.builtIn("ru");
        FaceQualityParameters p = FaceQualityParameters.from(ru, false);
        try (FaceQualityPipeline pipeline = new FaceQualityPipeline()) {
            for (int i = 0; i < 10; i++) {
                checker.check(jpeg, ru, Map.of());
                sequential(pipeline, jpeg, p);
            }
            // alternately, so that both see the same load: FaceChecker (file traces on a second thread) and the
            // same work in one thread (as before)
            double[] t = new double[n];
            double[] seq = new double[n];
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                checker.check(jpeg, ru, Map.of());
                t[i] = (System.nanoTime() - t0) / 1e6;
                long t1 = System.nanoTime();
                sequential(pipeline, jpeg, p);
                seq[i] = (System.nanoTime() - t1) / 1e6;
            }
            report("still-image QC, 1350x1350 JPEG (decode + all rules), warm, wall", t);
            report("  the same in one thread (file traces not in parallel), wall", seq);
            opencv_core.setNumThreads(1);
            double[] c = new double[n];
            double[] w = new double[n];
            double[] cs = new double[n];
            for (int i = 0; i < n; i++) {
                long c0 = cpu();
                long t0 = System.nanoTime();
                checker.check(jpeg, ru, Map.of());
                c[i] = (cpu() - c0) / 1e6;
                w[i] = (System.nanoTime() - t0) / 1e6;
                long c1 = cpu();
                sequential(pipeline, jpeg, p);
                cs[i] = (cpu() - c1) / 1e6;
            }
            report("still-image QC, 1 OpenCV thread, wall", w);
            report("still-image QC, 1 OpenCV thread, CPU of the calling thread", c);
            report("  the same in one thread (file traces not in parallel), CPU", cs);
            opencv_core.setNumThreads(-1);
        }
    }

    private static void sequential(FaceQualityPipeline pipeline, byte[] jpeg, FaceQualityParameters p) throws Exception {
        io.enrollment.qc.face.image.StillImageReader.Decoded d =
                io.enrollment.qc.face.image.StillImageReader.read(jpeg, ImageSource.Origin.IMPORTED_FILE);
        try {
            pipeline.check(d.bgr(), d.source(), p, Language.EN, "ru");
        } finally {
            d.bgr().close();
        }
    }

    private static Path faces() {
        return Path.of(System.getProperty("faces.dir", "../../shared/testdata/faces"));
    }

    private static Mat frame(String photo) {
        Mat out = new Mat(720, 1280, opencv_core.CV_8UC3, new Scalar(200, 200, 200, 0));
        try (Mat src = imread(faces().resolve(photo).toString()); Mat part = src.apply(new Rect(225, 200, 900, 900));
             Mat small = new Mat()) {
            resize(part, small, new Size(720, 720), 0, 0, INTER_AREA);
            try (Mat roi = out.apply(new Rect(280, 0, 720, 720))) {
                small.copyTo(roi);
            }
        }
        return out;
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-62s n=%d median %.2f ms  p95 %.2f ms  max %.2f ms%n", what, s.length,
                s[s.length / 2], s[(int) Math.ceil(s.length * 0.95) - 1], s[s.length - 1]);
    }
}
