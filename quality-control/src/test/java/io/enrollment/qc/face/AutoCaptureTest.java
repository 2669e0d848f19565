package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enrollment.core.Bytes;
import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.face.capture.AutoCapture;
import io.enrollment.qc.face.capture.CaptureOutcome;
import io.enrollment.qc.face.capture.GuidanceMessage;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** R-FACE-14: guided automatic capture on 1280×720 frames made from real portraits. */
class AutoCaptureTest {
    private static FaceQualityPipeline pipeline;
    private static FaceQualityParameters params;

    @BeforeAll
    static void load() {
        assumeTrue(TestPhotos.facesPresent(), TestPhotos::facesMissing);
        pipeline = new FaceQualityPipeline();
        params = FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false);
    }

    @AfterAll
    static void close() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    /** A 1280×720 camera frame with the portrait's head and shoulders in the middle (IED ≈ 160 px). */
    private static Mat frame(String photo, double blurSigma) {
        Mat out = new Mat(720, 1280, opencv_core.CV_8UC3, new Scalar(200, 200, 200, 0));
        try (Mat src = imread(TestPhotos.FACES.resolve(photo).toString());
             Mat part = src.apply(new Rect(225, 200, 900, 900)); Mat small = new Mat()) {
            resize(part, small, new Size(720, 720), 0, 0, INTER_AREA);
            if (blurSigma > 0) {
                GaussianBlur(small, small, new Size(0, 0), blurSigma);
            }
            try (Mat roi = out.apply(new Rect(280, 0, 720, 720))) {
                small.copyTo(roi);
            }
        }
        return out;
    }

    @Test
    void rFace14GuidesOneMessageAtATimeThenCapturesTheSharpestFrameAndRechecksItAsStored() {
        try (AutoCapture capture = new AutoCapture(pipeline, params, Language.RU, "ru", 4);
             Mat blank = new Mat(720, 1280, opencv_core.CV_8UC3, new Scalar(90, 90, 90, 0));
             Mat smiling = frame("smiling_front/002_08.jpg", 0)) {
            CaptureOutcome none = capture.offer(blank);
            assertEquals(GuidanceMessage.NO_FACE, ((CaptureOutcome.Guidance) none).message());
            CaptureOutcome smile = capture.offer(smiling);
            CaptureOutcome.Guidance g = (CaptureOutcome.Guidance) smile;
            assertTrue(g.message() == GuidanceMessage.CLOSE_MOUTH || g.message() == GuidanceMessage.NEUTRAL_FACE, () -> g.frameReport().failures().toString());
            assertTrue(g.message().text(Language.RU).matches(".*[а-я].*"), "guidance in Russian");

            double[] blur = {1.2, 0, 1.2, 1.2};
            CaptureOutcome last = null;
            for (int i = 0; i < blur.length; i++) {
                try (Mat f = frame("neutral_front/017_03.jpg", blur[i])) {
                    last = capture.offer(f);
                }
                if (i < blur.length - 1) {
                    CaptureOutcome.Guidance hold = (CaptureOutcome.Guidance) last;
                    assertEquals(GuidanceMessage.HOLD_ON, hold.message(), () -> hold.frameReport().failures().toString());
                    assertEquals(i + 1, hold.stableFrames());
                }
            }
            CaptureOutcome end = last;
            CaptureOutcome.Captured captured = assertInstanceOf(CaptureOutcome.Captured.class, last, () -> end instanceof CaptureOutcome.Guidance
                    ? ((CaptureOutcome.Guidance) end).message() + " " + end.frameReport().failures() : "");
            assertEquals(Verdict.PASS, captured.storedReport().verdict(), captured.storedReport().failures().toString());
            assertEquals(0, captured.storedReport().check("R-FACE-11").orElseThrow().measured(), "encoded once, no edits");
            assertEquals(Verdict.PASS, captured.storedReport().check("R-FACE-13").orElseThrow().verdict());
            assertEquals(Bytes.sha256Hex(captured.jpeg()), captured.sha256());
            assertEquals(3.0 / 4, captured.width() / (double) captured.height(), 0.01, "3:4 portrait");
            // the unblurred frame was chosen: its stored sharpness beats a blurred frame's live sharpness
            double storedSharpness = captured.storedReport().check("WS-FACE-SHARPNESS").orElseThrow().measured();
            try (Mat blurred = frame("neutral_front/017_03.jpg", 1.2)) {
                double blurredSharpness = pipeline.check(blurred, ImageSource.cameraFrame(), params, Language.EN, "ru")
                        .check("WS-FACE-SHARPNESS").orElseThrow().measured();
                assertTrue(storedSharpness > blurredSharpness, storedSharpness + " vs " + blurredSharpness);
            }
        }
    }

    @Test
    void rFace14AFailingFrameBreaksTheRun() {
        try (AutoCapture capture = new AutoCapture(pipeline, params, Language.EN, "ru", 3);
             Mat good = frame("neutral_front/001_03.jpg", 0); Mat turned = frame("neutral_left_3quarter/001_02.jpg", 0)) {
            capture.offer(good);
            capture.offer(good);
            CaptureOutcome.Guidance g = (CaptureOutcome.Guidance) capture.offer(turned);
            assertEquals(GuidanceMessage.TURN_LEFT, g.message(), "face points to the image's left: the subject turns to their left");
            assertEquals(0, g.stableFrames());
            assertInstanceOf(CaptureOutcome.Guidance.class, capture.offer(good), "the run starts again");
        }
    }
}
