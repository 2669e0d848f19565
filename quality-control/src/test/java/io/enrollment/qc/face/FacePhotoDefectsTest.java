package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.FILLED;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.ellipse;
import static org.bytedeco.opencv.global.opencv_imgproc.getRotationMatrix2D;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.QualityReport;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.MeshIndex;
import io.enrollment.qc.face.model.Point2;
import java.nio.file.Path;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Defects made in test code from one neutral frontal portrait: each test names the rule, asserts that the
 * original passes it, that the defect fails it, and that the measured value moved the right way.
 */
class FacePhotoDefectsTest {
    private static FaceQualityPipeline pipeline;
    private static FaceQualityParameters params;
    private static FaceQualityParameters remote;
    private static Mat portrait;
    private static QualityReport original;
    private static FaceMesh originalMesh;

    @BeforeAll
    static void load() {
        assumeTrue(TestPhotos.facesPresent(), TestPhotos::facesMissing);
        pipeline = new FaceQualityPipeline();
        params = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false);
        remote = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), true);
        portrait = imread(TestPhotos.FACES.resolve("neutral_front/017_03.jpg").toString());
        original = check(portrait);
        originalMesh = pipeline.analyse(portrait, ImageSource.cameraFrame(), params.minDetectorScore()).mesh().orElseThrow();
    }

    @AfterAll
    static void close() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    private static QualityReport check(Mat image) {
        return pipeline.check(image, ImageSource.cameraFrame(), params, Language.EN, "ru");
    }

    private static CheckResult result(QualityReport r, String id, String name) {
        return r.checks().stream().filter(c -> c.id().equals(id) && c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void originalPortraitPassesEveryLiveRule() {
        assertEquals(Verdict.PASS, original.verdict(), () -> original.failures().toString());
    }

    @Test
    void rFace4RollFollowsImageRotation() {
        double before = signedRoll(portrait);
        try (Mat rotated = rotate(portrait, 12)) {
            double after = signedRoll(rotated);
            assertEquals(12, after - before, 1.5, "roll moves by the rotation angle");
            assertEquals(Verdict.FAIL, result(check(rotated), "R-FACE-4", "roll").verdict());
        }
        try (Mat rotated = rotate(portrait, -12)) {
            assertEquals(-12, signedRoll(rotated) - before, 1.5);
        }
    }

    @Test
    void rFace2MirrorFlipsYawSign() throws Exception {
        try (Mat turned = imread(TestPhotos.FACES.resolve("neutral_left_3quarter/001_02.jpg").toString()); Mat mirrored = new Mat()) {
            opencv_core.flip(turned, mirrored, 1);
            double yaw = pipeline.analyse(turned, ImageSource.cameraFrame(), 0.5).pose().orElseThrow().yaw();
            double mirroredYaw = pipeline.analyse(mirrored, ImageSource.cameraFrame(), 0.5).pose().orElseThrow().yaw();
            assertTrue(yaw > 20, "face pointing to the image's left reads positive yaw: " + yaw);
            assertTrue(mirroredYaw < -20, "its mirror reads negative: " + mirroredYaw);
            assertEquals(yaw, -mirroredYaw, 5);
            assertEquals(Verdict.FAIL, result(check(turned), "R-FACE-2", "yaw").verdict());
        }
    }

    @Test
    void rFace5DownscaledFaceFailsInterEyeDistanceButPassesRemoteCapture() {
        double ied = result(original, "R-FACE-5", "inter-eye-distance").measured();
        try (Mat small = new Mat()) {
            resize(portrait, small, new Size(), 0.3, 0.3, INTER_AREA);
            QualityReport r = check(small);
            CheckResult c = result(r, "R-FACE-5", "inter-eye-distance");
            assertEquals(ied * 0.3, c.measured(), ied * 0.03, "IED scales with the image");
            assertEquals(Verdict.FAIL, c.verdict());
            CheckResult remoteCase = result(pipeline.check(small, ImageSource.cameraFrame(), remote, Language.EN, "ru"),
                    "R-FACE-5", "inter-eye-distance");
            assertEquals(Verdict.PASS, remoteCase.verdict(), "45 px is enough in the remote-capture case");
        }
    }

    @Test
    void rFace1GreyscaleStoredAsRgbFails() {
        try (Mat grey = new Mat(); Mat rgb = new Mat()) {
            cvtColor(portrait, grey, COLOR_BGR2GRAY);
            cvtColor(grey, rgb, COLOR_GRAY2BGR);
            CheckResult c = result(check(rgb), "R-FACE-1", "colourfulness");
            assertEquals(Verdict.FAIL, c.verdict());
            assertTrue(c.measured() < result(original, "R-FACE-1", "colourfulness").measured() / 10);
        }
    }

    @Test
    void rFace8SecondFaceFails() throws Exception {
        try (Mat other = imread(TestPhotos.FACES.resolve("neutral_front/002_03.jpg").toString()); Mat small = new Mat();
             Mat scene = portrait.clone()) {
            resize(other, small, new Size(380, 380), 0, 0, INTER_AREA);
            try (Mat roi = scene.apply(new Rect(scene.cols() - 380, scene.rows() - 380, 380, 380))) {
                small.copyTo(roi);
            }
            CheckResult c = result(check(scene), "R-FACE-8", "face-count");
            assertEquals(1, result(original, "R-FACE-8", "face-count").measured());
            assertEquals(2, c.measured());
            assertEquals(Verdict.FAIL, c.verdict());
        }
    }

    @Test
    void rFace7CoveredEyeBandFails() {
        try (Mat covered = portrait.clone()) {
            Point2 eye = originalMesh.rightEyeCentre();
            double ied = originalMesh.interEyeDistance();
            // a dark-brown strip of hair over one eye and the cheek below it
            rectangle(covered, new Point((int) (eye.x() - 0.5 * ied), (int) (eye.y() - 0.3 * ied)),
                    new Point((int) (eye.x() + 0.35 * ied), (int) (eye.y() + 0.9 * ied)), new Scalar(25, 35, 55, 0), FILLED, 8, 0);
            CheckResult c = result(check(covered), "R-FACE-7", "occlusion");
            assertEquals(Verdict.FAIL, c.verdict(), c.detail());
            assertTrue(c.measured() > result(original, "R-FACE-7", "occlusion").measured());
        }
    }

    @Test
    void rFace10DarkenedHalfFailsLightBalance() {
        try (Mat shaded = portrait.clone()) {
            int half = (int) originalMesh.point(MeshIndex.NOSE_TIP).x();
            try (Mat roi = shaded.apply(new Rect(0, 0, half, shaded.rows()))) {
                roi.convertTo(roi, -1, 0.4, 0);
            }
            CheckResult c = result(check(shaded), "R-FACE-10", "light-balance");
            assertEquals(Verdict.FAIL, c.verdict());
            assertTrue(c.measured() < result(original, "R-FACE-10", "light-balance").measured());
        }
    }

    @Test
    void rFace10SpecularSpotsFailGlare() {
        try (Mat shiny = portrait.clone()) {
            double ied = originalMesh.interEyeDistance();
            for (int i : new int[] {MeshIndex.RIGHT_CHEEK, MeshIndex.LEFT_CHEEK, MeshIndex.NOSE_BRIDGE, 9}) {
                Point2 p = originalMesh.point(i);
                circle(shiny, new Point((int) p.x(), (int) p.y()), (int) (0.12 * ied), new Scalar(255, 255, 255, 0), FILLED, 8, 0);
            }
            CheckResult c = result(check(shiny), "R-FACE-10", "glare");
            assertEquals(Verdict.FAIL, c.verdict());
            assertTrue(c.measured() > result(original, "R-FACE-10", "glare").measured());
        }
    }

    @Test
    void rFace12DarkLensesFail() {
        try (Mat sunglasses = portrait.clone()) {
            double ied = originalMesh.interEyeDistance();
            for (Point2 eye : new Point2[] {originalMesh.rightEyeCentre(), originalMesh.leftEyeCentre()}) {
                ellipse(sunglasses, new Point((int) eye.x(), (int) eye.y()), new Size((int) (0.42 * ied), (int) (0.3 * ied)),
                        0, 0, 360, new Scalar(20, 18, 15, 0), FILLED, 8, 0);
            }
            CheckResult c = result(check(sunglasses), "R-FACE-12", "eye-visibility");
            assertEquals(Verdict.FAIL, c.verdict());
            assertTrue(c.measured() < result(original, "R-FACE-12", "eye-visibility").measured());
        }
    }

    @Test
    void rFace12SpotsOnGlassesFailLensGlare() {
        try (Mat glare = portrait.clone()) {
            double ied = originalMesh.interEyeDistance();
            for (Point2 eye : new Point2[] {originalMesh.rightEyeCentre(), originalMesh.leftEyeCentre()}) {
                circle(glare, new Point((int) (eye.x() + 0.15 * ied), (int) (eye.y() - 0.05 * ied)), (int) (0.07 * ied),
                        new Scalar(255, 255, 255, 0), FILLED, 8, 0);
            }
            CheckResult c = result(check(glare), "R-FACE-12", "lens-glare");
            assertEquals(Verdict.FAIL, c.verdict());
            assertTrue(c.measured() > result(original, "R-FACE-12", "lens-glare").measured());
        }
    }

    @Test
    void wsSharpnessBlurFails() {
        try (Mat blurred = new Mat()) {
            GaussianBlur(portrait, blurred, new Size(0, 0), 9);
            CheckResult c = result(check(blurred), "WS-FACE-SHARPNESS", "sharpness");
            assertEquals(Verdict.FAIL, c.verdict(), "sharpness " + c.measured());
            assertTrue(c.measured() < result(original, "WS-FACE-SHARPNESS", "sharpness").measured() / 5);
        }
    }

    @Test
    void rFace6CroppedChinOrCrownFails() {
        double chinY = originalMesh.point(MeshIndex.CHIN).y();
        double eyesY = originalMesh.rightEyeCentre().y();
        double margin = result(original, "R-FACE-6", "head-in-frame").measured();
        try (Mat noChin = portrait.apply(new Rect(0, 0, portrait.cols(), (int) (chinY - 0.1 * (chinY - eyesY))))) {
            CheckResult c = result(check(noChin.clone()), "R-FACE-6", "head-in-frame");
            assertEquals(Verdict.FAIL, c.verdict(), c.detail());
            assertTrue(c.measured() < margin);
        }
        int top = (int) (eyesY - 0.6 * (chinY - eyesY));
        try (Mat noCrown = portrait.apply(new Rect(0, top, portrait.cols(), portrait.rows() - top))) {
            CheckResult c = result(check(noCrown.clone()), "R-FACE-6", "head-in-frame");
            assertEquals(Verdict.FAIL, c.verdict(), c.detail());
            assertTrue(c.detail().contains("crown"));
        }
    }

    @Test
    void rFace9ClosedEyesFail() {
        try (Mat closed = portrait.clone()) {
            double ied = originalMesh.interEyeDistance();
            int[][] eyes = {MeshIndex.RIGHT_EYE_CONTOUR, MeshIndex.LEFT_EYE_CONTOUR};
            int[] cheeks = {117, 346};
            for (int e = 0; e < 2; e++) {
                // a closed lid: the eye opening painted with the skin just below it, and a lash line
                Point2 c = originalMesh.point(cheeks[e]);
                Scalar skin;
                try (Mat patch = portrait.apply(new Rect((int) c.x() - 6, (int) c.y() - 6, 12, 12))) {
                    skin = opencv_core.mean(patch);
                }
                int[] eye = eyes[e];
                try (Mat points = new Mat(eye.length, 1, opencv_core.CV_32SC2)) {
                    org.bytedeco.javacpp.indexer.IntIndexer idx = points.createIndexer();
                    for (int k = 0; k < eye.length; k++) {
                        idx.put(k, 0, 0, (int) Math.round(originalMesh.x(eye[k])));
                        idx.put(k, 0, 1, (int) Math.round(originalMesh.y(eye[k])));
                    }
                    idx.close();
                    try (org.bytedeco.opencv.opencv_core.MatVector polygon = new org.bytedeco.opencv.opencv_core.MatVector(points)) {
                        org.bytedeco.opencv.global.opencv_imgproc.fillPoly(closed, polygon, skin);
                        org.bytedeco.opencv.global.opencv_imgproc.polylines(closed, polygon, true, skin, (int) (0.04 * ied),
                                org.bytedeco.opencv.global.opencv_imgproc.LINE_AA, 0);
                    }
                }
                Point2 outer = originalMesh.point(eye[0]);
                Point2 inner = originalMesh.point(eye[8]);
                org.bytedeco.opencv.global.opencv_imgproc.line(closed, new Point((int) outer.x(), (int) (outer.y() + 0.02 * ied)),
                        new Point((int) inner.x(), (int) (inner.y() + 0.02 * ied)), new Scalar(40, 45, 60, 0), (int) (0.02 * ied),
                        org.bytedeco.opencv.global.opencv_imgproc.LINE_AA, 0);
            }
            CheckResult c = result(check(closed), "R-FACE-9", "eyes-visible");
            assertEquals(Verdict.FAIL, c.verdict());
            assertTrue(c.measured() < result(original, "R-FACE-9", "eyes-visible").measured() / 3);
        }
    }

    @Test
    void rFace11JpegSavedTwiceIsNotVerifiedWithItsScore() throws Exception {
        try (Mat small = new Mat()) {
            resize(portrait, small, new Size(), 0.77, 0.77, INTER_AREA); // off the original 8×8 grid
            byte[] once = jpeg(small, 95);
            byte[] twice;
            try (Mat first = org.bytedeco.opencv.global.opencv_imgcodecs.imdecode(new Mat(new org.bytedeco.javacpp.BytePointer(jpeg(small, 70))),
                    org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR)) {
                twice = jpeg(first, 95);
            }
            CheckResult single = recompression(once);
            CheckResult dbl = recompression(twice);
            assertEquals(Verdict.PASS, single.verdict(), "saved once: " + single.measured());
            // Re-encoded after the camera: a crop (allowed) or an edit (not) -- a person must compare with the original.
            assertEquals(Verdict.NOT_VERIFIED, dbl.verdict(), "saved twice: " + dbl.measured());
            assertTrue(dbl.measured() > dbl.threshold(), "the score is reported: " + dbl.measured());
            assertTrue(dbl.measured() > single.measured() + 0.5);
        }
    }

    /**
     * R-FACE-9 teeth-visible: a band of tooth-coloured pixels painted along the lip line of the neutral portrait
     * (lips parted over the teeth, as the smiles 016_08 and 024_08 show) raises the teeth fraction from ~0
     * past the threshold; the real photographs of one person move the same way.
     */
    @Test
    void rFace9TeethPaintedBetweenTheLipsFailTeethVisible() throws Exception {
        CheckResult before = result(original, "R-FACE-9", "teeth-visible");
        assertEquals(Verdict.PASS, before.verdict());
        assertTrue(before.measured() < 0.01, "a closed mouth reads ~0: " + before.measured());
        Point2 right = originalMesh.point(MeshIndex.MOUTH_RIGHT);
        Point2 left = originalMesh.point(MeshIndex.MOUTH_LEFT);
        Point2 centre = originalMesh.point(MeshIndex.UPPER_INNER_LIP).midpoint(originalMesh.point(MeshIndex.LOWER_INNER_LIP));
        double width = right.distance(left);
        double angle = Math.toDegrees(Math.atan2(left.y() - right.y(), left.x() - right.x()));
        try (Mat teeth = portrait.clone()) {
            ellipse(teeth, new Point((int) Math.round(centre.x()), (int) Math.round(centre.y())),
                    new Size((int) Math.round(width * 0.3), (int) Math.round(originalMesh.interEyeDistance() * 0.035)),
                    angle, 0, 360, new Scalar(215, 228, 235, 0), FILLED, 8, 0);
            CheckResult after = result(check(teeth), "R-FACE-9", "teeth-visible");
            assertEquals(Verdict.FAIL, after.verdict(), "teeth between the lips: " + after.measured());
            assertTrue(after.measured() > before.measured() + after.threshold(), after.measured() + " against " + before.measured());
        }
        try (Mat closed = imread(photo("neutral_front/016_03.jpg").toString()); Mat parted = imread(photo("smiling_front/016_08.jpg").toString())) {
            CheckResult neutral = result(check(closed), "R-FACE-9", "teeth-visible");
            CheckResult smile = result(check(parted), "R-FACE-9", "teeth-visible");
            assertEquals(Verdict.PASS, neutral.verdict());
            assertEquals(Verdict.FAIL, smile.verdict(), "016_08 shows its teeth between lips the mesh draws closed");
            assertTrue(smile.measured() > neutral.measured() + smile.threshold());
            // the mesh's own lip gap does not see it: that is why the pixel measure exists
            assertEquals(Verdict.PASS, result(check(parted), "R-FACE-9", "mouth-closed").verdict());
        }
    }

    /** R-FACE-9 smile-network: the same person neutral and smiling with closed lips (003), where the mesh measures miss. */
    @Test
    void rFace9ExpressionNetworkSeesTheClosedLipSmileTheMeshMisses() {
        try (Mat neutral = imread(photo("neutral_front/003_03.jpg").toString()); Mat smile = imread(photo("smiling_front/003_08.jpg").toString())) {
            QualityReport n = check(neutral);
            QualityReport s = check(smile);
            assertEquals(Verdict.PASS, result(n, "R-FACE-9", "smile-network").verdict());
            assertEquals(Verdict.FAIL, result(s, "R-FACE-9", "smile-network").verdict());
            assertTrue(result(s, "R-FACE-9", "smile-network").measured() > result(n, "R-FACE-9", "smile-network").measured() + 0.5);
            assertEquals(Verdict.PASS, result(s, "R-FACE-9", "neutral-expression").verdict(), "the mesh smile model misses it");
            assertEquals(Verdict.PASS, result(s, "R-FACE-9", "mouth-closed").verdict());
        }
    }

    /**
     * FaceChecker decodes the image on a second thread and computes the file's traces there, while its own thread
     * finds the faces on a reduced decode: its report is exactly the one these steps give one after another.
     */
    @Test
    void checkerOnTwoThreadsGivesTheOneThreadReport() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(photo("smiling_front/016_08.jpg"));
        QualityReport parallel = new FaceChecker().check(file, io.enrollment.core.profile.ProfileLoader.builtIn("ru"), java.util.Map.of());
        var header = io.enrollment.qc.face.image.ImageHeaderReader.read(file);
        java.util.List<io.enrollment.qc.face.model.FaceDetection> faces;
        try (var preview = io.enrollment.qc.face.image.StillImageReader.preview(file, header, 256).orElseThrow()) {
            faces = pipeline.detectAll(preview.bgr(), params.minDetectorScore()).stream().map(f -> f.scaled(preview.factor())).toList();
        }
        io.enrollment.qc.face.image.StillImageReader.Decoded d =
                io.enrollment.qc.face.image.StillImageReader.read(file, ImageSource.Origin.IMPORTED_FILE);
        try (Mat image = d.bgr()) {
            FaceAnalysis analysis = pipeline.analyse(image, ImageSource.cameraFrame(), faces, java.util.Optional.empty());
            QualityReport sequential = FaceQualityPipeline.judge(analysis.withSource(d.source()), params, Language.EN, "ru");
            assertEquals(sequential.checks().size(), parallel.checks().size());
            for (int i = 0; i < sequential.checks().size(); i++) {
                CheckResult a = sequential.checks().get(i);
                CheckResult b = parallel.checks().get(i);
                assertEquals(a.id() + " " + a.name() + " " + a.measured() + " " + a.verdict() + " " + a.detail(),
                        b.id() + " " + b.name() + " " + b.measured() + " " + b.verdict() + " " + b.detail());
            }
            assertTrue(result(parallel, "R-FACE-11", "jpeg-recompression").measured() > 0.5, "the studio portraits were saved twice");
        }
    }

    /** The reduced decode the checker's detector uses finds the face where the whole image has it, in its pixels. */
    @Test
    void aQuarterSizeDecodeFindsTheFaceWhereTheWholeImageHasIt() throws Exception {
        byte[] file = java.nio.file.Files.readAllBytes(photo("neutral_front/001_03.jpg"));
        io.enrollment.qc.face.image.ImageHeader header = io.enrollment.qc.face.image.ImageHeaderReader.read(file);
        try (var preview = io.enrollment.qc.face.image.StillImageReader.preview(file, header, 256).orElseThrow();
             Mat whole = imread(photo("neutral_front/001_03.jpg").toString())) {
            assertEquals(4, preview.factor(), "1350 px / 4 = 338 px still covers the detector's 256");
            assertEquals(338, preview.bgr().cols());
            var full = pipeline.detectAll(whole, params.minDetectorScore());
            var reduced = pipeline.detectAll(preview.bgr(), params.minDetectorScore());
            assertEquals(1, full.size());
            assertEquals(1, reduced.size());
            var a = full.get(0);
            var b = reduced.get(0).scaled(preview.factor());
            double ied = 210;
            assertEquals(a.left(), b.left(), 0.03 * ied);
            assertEquals(a.top(), b.top(), 0.03 * ied);
            assertEquals(a.width(), b.width(), 0.03 * ied);
            for (int k = 0; k < 6; k++) {
                assertEquals(a.keypoint(k).x(), b.keypoint(k).x(), 0.03 * ied, "keypoint " + k);
                assertEquals(a.keypoint(k).y(), b.keypoint(k).y(), 0.03 * ied, "keypoint " + k);
            }
        }
        assertTrue(io.enrollment.qc.face.image.StillImageReader.preview(new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                new io.enrollment.qc.face.image.ImageHeader("PNG", 1350, 1350, 3, 8, false, java.util.List.of()), 256).isEmpty(),
                "no shortcut for PNG: the whole decode serves the detector");
    }

    private static CheckResult recompression(byte[] jpeg) throws Exception {
        io.enrollment.qc.face.image.StillImageReader.Decoded d =
                io.enrollment.qc.face.image.StillImageReader.read(jpeg, ImageSource.Origin.IMPORTED_FILE);
        try (Mat image = d.bgr()) {
            return result(pipeline.check(image, d.source(), params, Language.EN, "ru"), "R-FACE-11", "jpeg-recompression");
        }
    }

    /**
     * A phone stores a portrait sideways and says so in EXIF (orientation 6: turn 90° clockwise to show). The
     * decoder turns the whole image upright, and the detector's quarter-size copy must be turned alike, or the
     * mesh would be fitted where no face is: the sideways file reads as the upright one.
     */
    @Test
    void aSidewaysPhoneJpegWithExifOrientationIsCheckedUpright() throws Exception {
        try (Mat photo = imread(photo("neutral_front/017_03.jpg").toString());
             Mat upright = photo.apply(new Rect(175, 0, 1000, 1350)).clone(); Mat sideways = new Mat()) {
            org.bytedeco.opencv.global.opencv_core.rotate(upright, sideways, org.bytedeco.opencv.global.opencv_core.ROTATE_90_COUNTERCLOCKWISE);
            byte[] stored = withExifOrientation6(jpeg(sideways, 95));
            FaceChecker checker = new FaceChecker();
            QualityReport asShown = checker.check(jpeg(upright, 95), ProfileLoader.builtIn("ru"), java.util.Map.of());
            QualityReport fromPhone = checker.check(stored, ProfileLoader.builtIn("ru"), java.util.Map.of());
            assertEquals(1, result(fromPhone, "R-FACE-8", "face-count").measured());
            assertEquals(result(asShown, "R-FACE-4", "roll").measured(), result(fromPhone, "R-FACE-4", "roll").measured(), 1.0);
            assertEquals(result(asShown, "R-FACE-2", "yaw").measured(), result(fromPhone, "R-FACE-2", "yaw").measured(), 1.0);
            double ied = result(asShown, "R-FACE-5", "inter-eye-distance").measured();
            assertEquals(ied, result(fromPhone, "R-FACE-5", "inter-eye-distance").measured(), 0.02 * ied);
            for (String rule : java.util.List.of("R-FACE-2", "R-FACE-3", "R-FACE-4", "R-FACE-5", "R-FACE-8", "R-FACE-9")) {
                assertEquals(Verdict.PASS, fromPhone.check(rule).orElseThrow().verdict(), rule);
            }
        }
    }

    /** The JPEG with an EXIF segment (APP1, right after SOI) holding only Orientation = 6. */
    private static byte[] withExifOrientation6(byte[] jpeg) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first IFD at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation, SHORT, count 1, value 6
                0, 0, 0, 0}; // no next IFD
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        int length = exif.length + 2;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(jpeg, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] jpeg(Mat image, int quality) {
        try (org.bytedeco.javacpp.BytePointer buf = new org.bytedeco.javacpp.BytePointer();
             org.bytedeco.javacpp.IntPointer q = new org.bytedeco.javacpp.IntPointer(
                     org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY, quality)) {
            org.bytedeco.opencv.global.opencv_imgcodecs.imencode(".jpg", image, buf, q);
            byte[] out = new byte[(int) buf.limit()];
            buf.get(out);
            return out;
        }
    }

    private static double signedRoll(Mat image) {
        return pipeline.analyse(image, ImageSource.cameraFrame(), 0.5).pose().orElseThrow().roll();
    }

    /** Counter-clockwise rotation (as displayed) about the centre, same size. */
    private static Mat rotate(Mat image, double degrees) {
        Mat out = new Mat(image.rows(), image.cols(), CV_8UC3);
        try (Mat m = getRotationMatrix2D(new Point2f(image.cols() / 2f, image.rows() / 2f), degrees, 1.0)) {
            warpAffine(image, out, m, image.size());
        }
        return out;
    }

    static Path photo(String relative) {
        return TestPhotos.FACES.resolve(relative);
    }
}
