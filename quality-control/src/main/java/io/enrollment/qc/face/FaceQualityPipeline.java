package io.enrollment.qc.face;

import io.enrollment.core.Modality;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.qc.face.check.ExpressionRule;
import io.enrollment.qc.face.check.FaceRule;
import io.enrollment.qc.face.check.GlassesRule;
import io.enrollment.qc.face.check.InterEyeDistanceRule;
import io.enrollment.qc.face.check.LightingRule;
import io.enrollment.qc.face.check.NoEditingRule;
import io.enrollment.qc.face.check.OcclusionRule;
import io.enrollment.qc.face.check.PoseRules;
import io.enrollment.qc.face.check.RgbColourRule;
import io.enrollment.qc.face.check.SharpnessCheck;
import io.enrollment.qc.face.check.SingleFaceRule;
import io.enrollment.qc.face.check.StorageFormatRule;
import io.enrollment.qc.face.check.WholeHeadRule;
import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.BlazeFaceDetector;
import io.enrollment.qc.face.model.CanonicalFaceModel;
import io.enrollment.qc.face.model.ExpressionNetwork;
import io.enrollment.qc.face.model.ExpressionScores;
import io.enrollment.qc.face.model.FaceDetection;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.FaceMeshLandmarker;
import io.enrollment.qc.face.model.HeadPose;
import io.enrollment.qc.face.model.HeadPoseEstimator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;

/**
 * Face quality control of item 11: find every face, landmark the main one, estimate its pose,
 * resample it to a fixed geometry, then hold each rule against the profile. The same method serves live
 * frames and stored images; only the {@link ImageSource} differs (storage rules R-FACE-11/13 are judged on
 * stored images only).
 *
 * <p>Loading the models (two detectors, the mesh, the canonical face, the expression network) costs ~200 ms;
 * create one pipeline per thread and reuse it. Not thread-safe.
 */
public final class FaceQualityPipeline implements AutoCloseable {
    /** The rules in the order guidance is given: the first failure is what the subject hears. */
    private static final List<FaceRule> RULES = List.of(
            new SingleFaceRule(),           // R-FACE-8
            new InterEyeDistanceRule(),     // R-FACE-5
            new WholeHeadRule(),            // R-FACE-6
            new PoseRules.Yaw(),            // R-FACE-2
            new PoseRules.Pitch(),          // R-FACE-3
            new PoseRules.Roll(),           // R-FACE-4
            new GlassesRule(),              // R-FACE-12
            new OcclusionRule(),            // R-FACE-7
            new ExpressionRule(),           // R-FACE-9
            new LightingRule(),             // R-FACE-10
            new SharpnessCheck(),           // WS-FACE-SHARPNESS
            new RgbColourRule(),            // R-FACE-1
            new NoEditingRule(),            // R-FACE-11
            new StorageFormatRule());       // R-FACE-13

    /** Side of the tracking region: this many times the tracked mesh's larger extent, centred on it. */
    static final double TRACKING_REGION_SCALE = 1.5;

    private final BlazeFaceDetector detector;
    private final BlazeFaceDetector nearDetector;
    private final FaceMeshLandmarker landmarker;
    private final HeadPoseEstimator poseEstimator;
    private final ExpressionNetwork expressionNetwork;

    /**
     * Loads the models packaged by the build.
     *
     * @throws FaceModelException when a model is missing or cannot be loaded
     */
    public FaceQualityPipeline() {
        this.detector = new BlazeFaceDetector();
        this.nearDetector = BlazeFaceDetector.shortRange();
        this.landmarker = new FaceMeshLandmarker();
        this.poseEstimator = new HeadPoseEstimator(CanonicalFaceModel.load(), HeadPoseEstimator.FRONTAL_PITCH_BIAS);
        this.expressionNetwork = new ExpressionNetwork();
    }

    /** Checks one image (8-bit BGR) against every rule. */
    public QualityReport check(Mat bgr, ImageSource source, FaceQualityParameters p, Language language, String profileId) {
        return judge(analyse(bgr, source, p.minDetectorScore()), p, language, profileId);
    }

    /** What the models see in the image: faces, the main face's mesh, pose and aligned crop. */
    public FaceAnalysis analyse(Mat bgr, ImageSource source, double minDetectorScore) {
        return analyse(bgr, source, minDetectorScore, Optional.empty());
    }

    /**
     * As {@link #analyse(Mat, ImageSource, double)}, but when the main face is where {@code previous} (the
     * mesh of the last frame) was, one mesh pass cropped around it replaces the three passes from the
     * detector's box: MediaPipe's tracking, used by the live path.
     */
    public FaceAnalysis analyse(Mat bgr, ImageSource source, double minDetectorScore, Optional<FaceMesh> previous) {
        List<FaceDetection> faces = detectAll(bgr, minDetectorScore);
        Optional<FaceDetection> main = mainFace(faces);
        return analyse(bgr, source, faces, previous.filter(m -> main.isPresent() && onFace(m, main.get()))
                .map(m -> landmarker.refine(bgr, m)));
    }

    /** Every face in the whole image (the back-camera detector, as R-FACE-8 needs). */
    public List<FaceDetection> detectAll(Mat bgr, double minDetectorScore) {
        return detector.detect(bgr, minDetectorScore);
    }

    /**
     * The region around a tracked face where the live path looks for it with the short-range detector: a
     * square {@link #TRACKING_REGION_SCALE} times the mesh's extent, centred on the mesh (clipped by the detector).
     */
    public static Rect trackingRegion(FaceMesh mesh) {
        double[] b = mesh.bounds();
        double side = TRACKING_REGION_SCALE * Math.max(b[2] - b[0], b[3] - b[1]);
        double cx = (b[0] + b[2]) / 2;
        double cy = (b[1] + b[3]) / 2;
        return new Rect((int) Math.round(cx - side / 2), (int) Math.round(cy - side / 2), (int) Math.round(side), (int) Math.round(side));
    }

    /** Faces inside {@code region} (image pixels), by the short-range detector: about a quarter of {@link #detectAll}'s cost. */
    public List<FaceDetection> detectIn(Mat bgr, Rect region, double minDetectorScore) {
        return nearDetector.detect(bgr, region, minDetectorScore);
    }

    /**
     * One mesh pass on {@code bgr} cropped around {@code previous}, the mesh of the same face in the last
     * frame (MediaPipe's tracking). Used by the live path while the detector runs on another thread.
     */
    public FaceMesh track(Mat bgr, FaceMesh previous) {
        return landmarker.refine(bgr, previous);
    }

    /**
     * The analysis of {@code bgr} given the faces found in it: {@code tracked} (a mesh already fitted on this
     * frame by {@link #track}) is kept when it lies on the main face, otherwise the main face is landmarked
     * from its detection (three passes). The expression network runs on the main face.
     */
    public FaceAnalysis analyse(Mat bgr, ImageSource source, List<FaceDetection> faces, Optional<FaceMesh> tracked) {
        FaceAnalysis a = analyseWithoutExpression(bgr, source, faces, tracked);
        return a.withExpression(a.aligned().map(this::expression));
    }

    /** The expression network's probabilities for an aligned face. */
    public ExpressionScores expression(AlignedFace face) {
        return expressionNetwork.classify(face);
    }

    /** The expression network on an 8-bit BGR 112×112 face crop (surveys of the crop's effect). */
    public ExpressionScores expressionOf(Mat crop) {
        return expressionNetwork.classify(crop);
    }

    private FaceAnalysis analyseWithoutExpression(Mat bgr, ImageSource source, List<FaceDetection> faces, Optional<FaceMesh> tracked) {
        Optional<FaceDetection> main = mainFace(faces);
        if (main.isEmpty()) {
            return new FaceAnalysis(bgr.cols(), bgr.rows(), source, faces, Optional.empty(), Optional.empty(), Optional.empty());
        }
        FaceMesh mesh = tracked.filter(m -> onFace(m, main.get())).orElseGet(() -> landmarker.landmarks(bgr, main.get()));
        HeadPose pose = poseEstimator.estimate(mesh, main.get());
        AlignedFace aligned = AlignedFace.of(bgr, mesh);
        return new FaceAnalysis(bgr.cols(), bgr.rows(), source, faces, Optional.of(mesh), Optional.of(pose), Optional.of(aligned));
    }

    /** The largest face: the subject, nearest the camera. */
    private static Optional<FaceDetection> mainFace(List<FaceDetection> faces) {
        return faces.stream().max(Comparator.comparingDouble(FaceDetection::area));
    }

    /** Whether a mesh lies on the detected face (its eye centres inside the detector's box). */
    static boolean onFace(FaceMesh mesh, FaceDetection face) {
        for (var eye : List.of(mesh.rightEyeCentre(), mesh.leftEyeCentre())) {
            if (eye.x() < face.left() || eye.x() > face.left() + face.width()
                    || eye.y() < face.top() || eye.y() > face.top() + face.height()) {
                return false;
            }
        }
        return true;
    }

    /** Holds every rule against the profile's thresholds. */
    public static QualityReport judge(FaceAnalysis analysis, FaceQualityParameters p, Language language, String profileId) {
        List<CheckResult> results = new ArrayList<>();
        for (FaceRule rule : RULES) {
            results.addAll(rule.check(analysis, p, language));
        }
        return new QualityReport(Modality.FACE, profileId, results);
    }

    @Override
    public void close() {
        detector.close();
        nearDetector.close();
        landmarker.close();
        expressionNetwork.close();
    }
}
