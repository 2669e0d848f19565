package io.enrollment.qc.face;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.enrollment.qc.face.model.BlazeFaceDetector;
import io.enrollment.qc.face.model.CanonicalFaceModel;
import io.enrollment.qc.face.model.FaceDetection;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.FaceMeshLandmarker;
import io.enrollment.qc.face.model.HeadPoseEstimator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Calibration against the neutral frontal portraits and their hand-placed landmarks: the pitch bias is
 * the median raw Frankfurt pitch (R-FACE-3), and the mesh's inter-eye distance agrees with the distance
 * between the hand-placed pupils (R-FACE-5).
 */
class HeadPoseCalibrationTest {
    private static final List<FaceMesh> MESHES = new ArrayList<>();
    private static final List<Double> PUPIL_DISTANCES = new ArrayList<>();
    private static BlazeFaceDetector detector;
    private static FaceMeshLandmarker landmarker;

    @BeforeAll
    static void measure() throws Exception {
        assumeTrue(TestPhotos.facesPresent(), TestPhotos::facesMissing);
        detector = new BlazeFaceDetector();
        landmarker = new FaceMeshLandmarker();
        for (Path photo : TestPhotos.folder("neutral_front")) {
            try (Mat image = imread(photo.toString())) {
                FaceDetection face = detector.detect(image, 0.5).get(0);
                MESHES.add(landmarker.landmarks(image, face));
            }
            List<String> tem = Files.readAllLines(Path.of(photo.toString().replace(".jpg", ".tem")));
            String[] a = tem.get(1).trim().split("\\s+");
            String[] b = tem.get(2).trim().split("\\s+");
            PUPIL_DISTANCES.add(Math.hypot(Double.parseDouble(a[0]) - Double.parseDouble(b[0]),
                    Double.parseDouble(a[1]) - Double.parseDouble(b[1])));
        }
    }

    @AfterAll
    static void close() {
        if (detector != null) {
            detector.close();
            landmarker.close();
        }
    }

    @Test
    void rFace3PitchBiasIsTheMedianOfTheFrontalPortraits() {
        HeadPoseEstimator raw = new HeadPoseEstimator(CanonicalFaceModel.load(), 0);
        double[] pitch = MESHES.stream().mapToDouble(m -> raw.estimate(m).pitch()).sorted().toArray();
        double median = pitch[pitch.length / 2];
        assertEquals(median, HeadPoseEstimator.FRONTAL_PITCH_BIAS, 0.5, "re-calibrate FRONTAL_PITCH_BIAS: " + Arrays.toString(pitch));
        double[] fit = MESHES.stream().mapToDouble(m -> raw.estimate(m).fitPitch()).toArray();
        assertTrue(rms(fit) > rms(pitch), "the Frankfurt pitch spreads less than the rigid fit's on frontal portraits");
    }

    @Test
    void rFace5InterEyeDistanceAgreesWithHandPlacedPupils() {
        double sum = 0;
        double worst = 0;
        for (int i = 0; i < MESHES.size(); i++) {
            double error = Math.abs(MESHES.get(i).interEyeDistance() / PUPIL_DISTANCES.get(i) - 1);
            sum += error;
            worst = Math.max(worst, error);
        }
        double mean = sum / MESHES.size();
        assertTrue(mean < 0.04, "mean relative IED error " + mean);
        assertTrue(worst < 0.08, "worst relative IED error " + worst);
    }

    private static double rms(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        double sum = 0;
        for (double x : v) {
            sum += (x - median) * (x - median);
        }
        return Math.sqrt(sum / v.length);
    }
}
