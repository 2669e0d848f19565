package io.enrollment.devices.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.sample.DeviceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A camera that disappears mid-preview is reported, and frames flow again when it returns. */
class ReconnectingCameraTest {
    private static void images(Path dir, int n) throws Exception {
        Files.createDirectories(dir);
        for (int i = 0; i < n; i++) {
            try (Mat m = new Mat(24, 32, opencv_core.CV_8UC3, new Scalar(10 * i, 20, 30, 0))) {
                opencv_imgcodecs.imwrite(dir.resolve("f" + i + ".png").toString(), m);
            }
        }
    }

    private static void delete(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Test
    void reportsTheLossAndRecoversWhenTheCameraReturns(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("camera");
        images(dir, 4);
        long[] now = {0};
        try (ReconnectingCamera cam = new ReconnectingCamera("test camera", () -> new ImageFolderCamera(dir), 500, () -> now[0])) {
            cam.grab().orElseThrow().close();
            assertTrue(cam.connected());

            delete(dir); // unplugged mid-preview
            CameraException lost = assertThrows(CameraException.class, cam::grab);
            assertTrue(lost.getMessage().contains("disconnected"), lost.getMessage());
            assertFalse(cam.connected());
            assertEquals(DeviceInfo.Health.FAILED, cam.info().health());

            images(dir, 2); // plugged back in, but the retry interval has not passed
            assertThrows(CameraException.class, cam::grab);
            now[0] += 600_000_000L;
            try (Mat frame = cam.grab().orElseThrow()) {
                assertEquals(32, frame.cols());
            }
            assertTrue(cam.connected());
            assertEquals(1, cam.reconnects());
            assertEquals(DeviceInfo.Health.OK, cam.info().health());
        }
    }
}
