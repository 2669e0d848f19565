package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.qc.face.check.SharpnessCheck;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.BlazeFaceDetector;
import io.enrollment.qc.face.model.CanonicalFaceModel;
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
 * {@code java -cp target/classes:target/test-classes:$(deps) io.enrollment.qc.face.FaceQcBench [frames]}.
 * Figures go in docs/benchmarks.md.
 */
public final class FaceQcBench {
    private FaceQcBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        System.out.printf(Locale.ROOT, "load average at start %.2f, %d cores%n", load(), Runtime.getRuntime().availableProcessors());
        FaceQualityParameters p = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false);
        List<Mat> frames = List.of(frame("neutral_front/017_03.jpg"), frame("neutral_front/003_03.jpg"), frame("smiling_front/002_08.jpg"));
        try (FaceQualityPipeline pipeline = new FaceQualityPipeline();
             LiveFaceQc live = new LiveFaceQc(pipeline, p, Language.EN, "ru")) {
            for (int i = 0; i < 50; i++) {
                live.check(frames.get(0));
            }
            for (int threads : new int[] {-1, 1}) {
                opencv_core.setNumThreads(threads);
                live(live, frames, n, threads < 0 ? "OpenCV default threads" : "1 OpenCV thread per Java thread");
                sequential(pipeline, p, frames, n, threads < 0 ? "OpenCV default threads" : "1 OpenCV thread");
            }
            opencv_core.setNumThreads(-1);
        }
        stages(frames.get(0), n, p);
        still(n / 3);
        System.out.printf(Locale.ROOT, "load average at end %.2f%n", load());
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** {@link LiveFaceQc}: detection on its thread while the mesh is tracked here; CPU of both threads. */
    private static void live(LiveFaceQc live, List<Mat> frames, int n, String threads) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wall = new double[n];
        double[] caller = new double[n];
        double[] helper = new double[n];
        long detectorThread = -1;
        for (int i = 0; i < n; i++) {
            Mat f = frames.get((i / 30) % frames.size()); // the subject changes every 30 frames
            if (detectorThread < 0) {
                detectorThread = threadId("face-detector");
            }
            long h0 = detectorThread < 0 ? 0 : mx.getThreadCpuTime(detectorThread);
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            live.check(f);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            caller[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
            helper[i] = detectorThread < 0 ? Double.NaN : (mx.getThreadCpuTime(detectorThread) - h0) / 1e6;
        }
        double[] total = new double[n];
        for (int i = 0; i < n; i++) {
            total[i] = caller[i] + helper[i];
        }
        report("live per-frame QC (LiveFaceQc), " + threads + ", wall", wall);
        report("  CPU of the checking thread", caller);
        report("  CPU of the detector thread", helper);
        report("  CPU of both", total);
    }

    /** The same frames through the sequential pipeline (detect, then track), for comparison. */
    private static void sequential(FaceQualityPipeline pipeline, FaceQualityParameters p, List<Mat> frames, int n, String threads) {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] wall = new double[n];
        double[] cpu = new double[n];
        Optional<FaceMesh> previous = Optional.empty();
        for (int i = 0; i < n; i++) {
            Mat f = frames.get((i / 30) % frames.size());
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            FaceAnalysis a = pipeline.analyse(f, ImageSource.cameraFrame(), p.minDetectorScore(), previous);
            FaceQualityPipeline.judge(a, p, Language.EN, "ru");
            previous = a.mesh();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        report("sequential per-frame QC (one thread), " + threads + ", wall", wall);
        report("  CPU of the thread", cpu);
    }

    private static long threadId(String name) {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals(name)) {
                return t.getId();
            }
        }
        return -1;
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** Per-stage CPU time of the calling thread, OpenCV restricted to that thread. */
    private static void stages(Mat frame, int n, FaceQualityParameters p) {
        opencv_core.setNumThreads(1);
        try (BlazeFaceDetector detector = new BlazeFaceDetector(); FaceMeshLandmarker mesh = new FaceMeshLandmarker()) {
            HeadPoseEstimator pose = new HeadPoseEstimator(CanonicalFaceModel.load(), HeadPoseEstimator.FRONTAL_PITCH_BIAS);
            double[] det = new double[n];
            double[] one = new double[n];
            double[] three = new double[n];
            double[] fit = new double[n];
            double[] align = new double[n];
            double[] rules = new double[n];
            FaceDetection face = detector.detect(frame, 0.5).get(0);
            FaceMesh m = mesh.landmarks(frame, face);
            for (int i = 0; i < n; i++) {
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
                det[i] = (t1 - t0) / 1e6;
                one[i] = (t2 - t1) / 1e6;
                three[i] = (t3 - t2) / 1e6;
                fit[i] = (t4 - t3) / 1e6;
                align[i] = (t5 - t4) / 1e6;
                rules[i] = (t6 - t5) / 1e6;
            }
            report("  CPU stage: BlazeFace detection (letterbox 256 + DNN + decode)", det);
            report("  CPU stage: face mesh, one pass (tracked)", one);
            report("  CPU stage: face mesh, three passes (from the detector box)", three);
            report("  CPU stage: pose (rigid fit + Frankfurt pitch)", fit);
            report("  CPU stage: aligned face crop 160x208", align);
            report("  CPU stage: all rules on the analysis", rules);
        }
        opencv_core.setNumThreads(-1);
    }

    private static void still(int n) throws Exception {
        byte[] jpeg = Files.readAllBytes(faces().resolve("neutral_front/017_03.jpg"));
        FaceChecker checker = new FaceChecker();
        var ru = ProfileLoader.builtIn("ru");
        for (int i = 0; i < 10; i++) {
            checker.check(jpeg, ru, Map.of());
        }
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            checker.check(jpeg, ru, Map.of());
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        report("still-image QC, 1350x1350 JPEG (decode + all rules), warm, wall", t);
        opencv_core.setNumThreads(1);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            long c0 = cpu();
            checker.check(jpeg, ru, Map.of());
            c[i] = (cpu() - c0) / 1e6;
        }
        report("still-image QC, 1 OpenCV thread, CPU of the thread", c);
        opencv_core.setNumThreads(-1);
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
