package io.enrollment.app.capture;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imwrite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.devices.camera.ImageFolderCamera;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrollment camera over a real image-folder camera: the live feed plays the folder round and round, each
 * picture for a second (picking up pictures put there), reports a camera that went away and delivers again once it is back; a still opens the
 * camera for itself (so that it is never held open between device tests).
 */
class DriverCameraTest {
    /** A picture whose blue channel says which one it is. */
    private static void picture(Path file, int id) {
        try (Mat m = new Mat(48, 64, opencv_core.CV_8UC3, new Scalar(id * 40, 128, 200, 0))) {
            imwrite(file.toString(), m);
        }
    }

    private static int id(Mat m) {
        try (m) {
            return (int) Math.round((m.ptr(10, 10).get(0) & 0xFF) / 40.0);
        }
    }

    /** The values with repeats in a row collapsed: 1 1 2 2 1 → 1 2 1. */
    private static List<Integer> runs(List<Integer> ids) {
        List<Integer> out = new ArrayList<>();
        for (Integer i : ids) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(i)) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Integer> runLengths(List<Integer> ids) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (i == 0 || !ids.get(i).equals(ids.get(i - 1))) {
                out.add(1);
            } else {
                out.set(out.size() - 1, out.get(out.size() - 1) + 1);
            }
        }
        return out;
    }

    @Test
    void liveFeedLoopsThroughTheFolderAndPicksUpNewPictures(@TempDir Path folder) throws Exception {
        picture(folder.resolve("a.png"), 1);
        picture(folder.resolve("b.png"), 2);
        DriverCamera camera = new DriverCamera(() -> new ImageFolderCamera(folder), "folder:test");
        int hold = RealTimePlayback.FOLDER_HOLD_FRAMES;
        try (CameraFeed feed = camera.openFeed()) {
            List<Integer> ids = new ArrayList<>();
            for (int i = 0; i < 5 * hold; i++) {
                ids.add(id(feed.next()));
            }
            assertEquals(List.of(1, 2, 1, 2, 1), runs(ids), "played in name order, from the start again at the end");
            assertEquals(List.of(hold, hold, hold, hold, hold), runLengths(ids), "each picture held for a second's frames");
            picture(folder.resolve("c.png"), 3);
            Set<Integer> seen = new LinkedHashSet<>();
            for (int i = 0; i < 8 * hold; i++) {
                seen.add(id(feed.next()));
            }
            assertEquals(Set.of(1, 2, 3), seen, "a picture put in the folder is shown from the next round");
            assertEquals(DeviceInfo.Kind.CAMERA, feed.info().kind());
        }
    }

    @Test
    void cameraThatGoesAwayIsReportedAndDeliversAgainWhenBack(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("camera"));
        picture(folder.resolve("a.png"), 1);
        DriverCamera camera = new DriverCamera(() -> new ImageFolderCamera(folder), "folder:test");
        try (CameraFeed feed = camera.openFeed()) {
            assertEquals(1, id(feed.next()));
            Files.delete(folder.resolve("a.png"));
            CaptureException away = null;
            for (int i = 0; i <= RealTimePlayback.FOLDER_HOLD_FRAMES && away == null; i++) { // the picture shown is held first
                try {
                    assertEquals(1, id(feed.next()));
                } catch (CaptureException e) {
                    away = e;
                }
            }
            assertTrue(away != null, "the camera is reported gone once its picture has been shown");
            assertTrue(away.getMessage().contains("folder:test disconnected") && away.getMessage().contains("reconnecting"),
                    away.getMessage());
            assertEquals(DeviceInfo.Health.FAILED, feed.info().health());
            assertThrows(CaptureException.class, feed::next, "still away");
            picture(folder.resolve("b.png"), 2);
            Integer back = null;
            for (int attempt = 0; attempt < 50 && back == null; attempt++) { // reopened at most once a second
                try {
                    back = id(feed.next());
                } catch (CaptureException e) {
                    Thread.sleep(100);
                }
            }
            assertEquals(2, back, "the camera delivers again once it is back");
        }
    }

    @Test
    void stillIsEncodedAsJpegFromACameraOpenedForIt(@TempDir Path folder) throws Exception {
        picture(folder.resolve("a.png"), 1);
        List<String> events = new ArrayList<>();
        DriverCamera camera = new DriverCamera(() -> {
            events.add("open");
            return new ImageFolderCamera(folder);
        }, "folder:test");
        Still still = camera.capture();
        assertEquals((byte) 0xFF, still.image()[0]);
        assertEquals((byte) 0xD8, still.image()[1], "JPEG");
        camera.capture();
        assertEquals(List.of("open", "open"), events, "each still opens the camera for itself");
    }
}
