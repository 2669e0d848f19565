package io.enrollment.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import io.enrollment.devices.camera.VideoFileCamera;
import io.enrollment.qc.face.FaceQualityParameters;
import io.enrollment.qc.face.FaceQualityPipeline;
import io.enrollment.qc.face.Language;
import io.enrollment.qc.face.capture.AutoCapture;
import io.enrollment.qc.face.capture.CaptureOutcome;
import io.enrollment.qc.face.capture.GuidanceMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo video, made from the shared portraits and decoded again by the file-backed camera, guides through
 * the real automatic capture (R-FACE-14) the way the demo promises: each failing scene gives its own message,
 * and the person facing the camera is captured.
 */
class DemoVideoTest {
    static final Path FACES = Path.of(System.getProperty("faces.dir", "../../shared/testdata/faces"));

    @BeforeAll
    static void realPhotographs() {
        if (DemoVideo.missing(FACES).isPresent()) {
            String why = "SKIPPED: " + DemoVideo.missing(FACES).get() + "; the demo video is made from the shared portraits";
            System.err.println(why);
            org.junit.jupiter.api.Assumptions.abort(why);
        }
    }

    @Test
    void everyFailingSceneGuidesThenThePersonFacingTheCameraIsCaptured(@TempDir Path dir) throws Exception {
        Path video = dir.resolve(DemoVideo.FILE_NAME);
        DemoVideo.make(FACES, video);
        Map<DemoVideo.Scene, Map<GuidanceMessage, Integer>> seen = new EnumMap<>(DemoVideo.Scene.class);
        Optional<CaptureOutcome.Captured> captured = Optional.empty();
        int frames = 0;
        try (VideoFileCamera camera = new VideoFileCamera(video); FaceQualityPipeline pipeline = new FaceQualityPipeline();
             AutoCapture auto = new AutoCapture(pipeline, FaceQualityParameters.from(ProfileLoader.builtIn("ru"), false),
                     Language.EN, "ru", 5)) {
            assertEquals(DemoVideo.FPS, camera.declaredFrameRate(), 0.5);
            Optional<Mat> f;
            while ((f = camera.grab()).isPresent()) {
                DemoVideo.Scene scene = DemoVideo.Scene.at(frames++);
                try (Mat m = f.get()) {
                    assertEquals(DemoVideo.WIDTH, m.cols());
                    CaptureOutcome o = auto.offer(m);
                    if (o instanceof CaptureOutcome.Captured c) {
                        captured = captured.isPresent() ? captured : Optional.of(c);
                        assertEquals(DemoVideo.Scene.FACING_THE_CAMERA, scene, "captured only when the person faces the camera");
                    } else {
                        seen.computeIfAbsent(scene, s -> new LinkedHashMap<>())
                                .merge(((CaptureOutcome.Guidance) o).message(), 1, Integer::sum);
                    }
                }
            }
        }
        assertEquals(DemoVideo.length(), frames, "every frame decodes");
        String all = seen.toString();
        assertEquals(GuidanceMessage.NO_FACE, mostFrequent(seen.get(DemoVideo.Scene.NOBODY)), all);
        assertTrue(List.of(GuidanceMessage.TURN_LEFT, GuidanceMessage.TURN_RIGHT)
                .contains(mostFrequent(seen.get(DemoVideo.Scene.LOOKING_AWAY))), all);
        assertEquals(GuidanceMessage.ONE_PERSON, mostFrequent(seen.get(DemoVideo.Scene.TWO_PEOPLE)), all);
        assertEquals(GuidanceMessage.UNCOVER_FACE, mostFrequent(seen.get(DemoVideo.Scene.MOUTH_COVERED)), all);
        CaptureOutcome.Captured c = assertInstanceOf(CaptureOutcome.Captured.class, captured.orElse(null), all);
        assertEquals(io.enrollment.core.quality.Verdict.PASS, c.storedReport().verdict(), c.storedReport().failures().toString());
        System.out.println("demo video guidance by scene: " + all);
    }

    private static GuidanceMessage mostFrequent(Map<GuidanceMessage, Integer> counts) {
        List<Map.Entry<GuidanceMessage, Integer>> e = new ArrayList<>(counts == null ? Map.<GuidanceMessage, Integer>of().entrySet() : counts.entrySet());
        return e.stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
