package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.core.quality.CheckResult;
import io.enrollment.core.quality.Verdict;
import io.enrollment.qc.face.model.FaceMesh;
import java.util.Optional;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The live path (whole-frame detection on a second thread while the mesh is tracked) on 1280×720 frames made
 * from real portraits: it gives the same analysis as the sequential pipeline, and R-FACE-8 counts a face in
 * the very frame it appears, while the subject's mesh is being tracked.
 */
class LiveFaceQcTest {
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

    /** The portrait's head and shoulders in the middle of a grey 1280×720 frame. */
    private static Mat frame(String photo) {
        Mat out = new Mat(720, 1280, opencv_core.CV_8UC3, new Scalar(200, 200, 200, 0));
        try (Mat src = imread(TestPhotos.FACES.resolve(photo).toString());
             Mat part = src.apply(new Rect(225, 200, 900, 900)); Mat small = new Mat()) {
            resize(part, small, new Size(720, 720), 0, 0, INTER_AREA);
            try (Mat roi = out.apply(new Rect(280, 0, 720, 720))) {
                small.copyTo(roi);
            }
        }
        return out;
    }

    /** {@code base} with a second person's face (about 200 px wide) pasted beside the subject, at the left edge. */
    private static Mat withSecondFace(Mat base) {
        Mat scene = base.clone();
        try (Mat other = imread(TestPhotos.FACES.resolve("neutral_front/002_03.jpg").toString());
             Mat face = other.apply(new Rect(425, 380, 500, 640)); Mat small = new Mat()) {
            resize(face, small, new Size(250, 320), 0, 0, INTER_AREA);
            try (Mat roi = scene.apply(new Rect(15, 380, 250, 320))) {
                small.copyTo(roi);
            }
        }
        return scene;
    }

    private static CheckResult faceCount(LiveFaceQc.FrameResult r) {
        return r.report().check("R-FACE-8").orElseThrow();
    }

    @Test
    void rFace8ASecondFaceCountsInTheFrameItAppearsWhileTheSubjectIsTracked() {
        try (LiveFaceQc live = new LiveFaceQc(pipeline, params, Language.EN, "ru");
             Mat alone = frame("neutral_front/017_03.jpg"); Mat crowded = withSecondFace(alone)) {
            for (int i = 0; i < 5; i++) {
                LiveFaceQc.FrameResult r = live.check(alone);
                assertEquals(1, faceCount(r).measured(), "frame " + i);
                assertEquals(Verdict.PASS, faceCount(r).verdict());
            }
            LiveFaceQc.FrameResult appeared = live.check(crowded);
            assertEquals(2, faceCount(appeared).measured(), "counted in the first frame it is in");
            assertEquals(Verdict.FAIL, faceCount(appeared).verdict());
            assertEquals(1, live.check(alone).report().check("R-FACE-8").orElseThrow().measured(), "and gone when it leaves");
        }
    }

    @Test
    void theConcurrentLivePathGivesTheSequentialPipelinesAnalysis() {
        try (LiveFaceQc live = new LiveFaceQc(pipeline, params, Language.EN, "ru");
             Mat first = frame("neutral_front/017_03.jpg"); Mat second = frame("neutral_front/017_03.jpg")) {
            FaceMesh start = live.check(first).analysis().mesh().orElseThrow();
            FaceAnalysis concurrent = live.check(second).analysis();
            FaceAnalysis sequential = pipeline.analyse(second, ImageSource.cameraFrame(), params.minDetectorScore(), Optional.of(start));
            assertEquals(sequential.faces(), concurrent.faces(), "the same detections");
            FaceMesh a = sequential.mesh().orElseThrow();
            FaceMesh b = concurrent.mesh().orElseThrow();
            for (int i = 0; i < FaceMesh.POINTS; i++) {
                assertEquals(a.x(i), b.x(i), 1e-9);
                assertEquals(a.y(i), b.y(i), 1e-9);
            }
            assertEquals(sequential.pose(), concurrent.pose());
            assertTrue(concurrent.hasFace());
        }
    }
}
