package io.enrollment.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.devices.camera.VideoFileCamera;
import io.enrollment.installer.WorkstationConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo camera: the portraits put in its folder when there are any, else the demo video. */
class DemoEnvironmentCameraTest {
    @Test
    void portraitsInTheCameraFolderAreShownInsteadOfTheVideo(@TempDir Path home) throws Exception {
        DemoEnvironment demo = new DemoEnvironment(home);
        Files.createDirectories(demo.cameraImages());
        Files.write(demo.cameraImages().resolve("me.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8});
        WorkstationConfig config = demo.prepare("ru");
        assertEquals("folder:" + demo.cameraImages(), config.camera());
    }

    @Test
    void withoutPortraitsTheDemoCameraPlaysTheDemoVideo(@TempDir Path home) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(DemoVideo.missing(DemoEnvironment.facesSource()).isEmpty()
                || Files.isRegularFile(Path.of("target/demo", DemoVideo.FILE_NAME)), "no demo video and no portraits to make one");
        DemoEnvironment demo = new DemoEnvironment(home);
        WorkstationConfig config = demo.prepare("kg");
        assertTrue(config.camera().startsWith("file:") && config.camera().endsWith(DemoVideo.FILE_NAME), config.camera());
        try (VideoFileCamera video = new VideoFileCamera(Path.of(config.camera().substring("file:".length())))) {
            assertEquals(DemoVideo.FPS, video.declaredFrameRate(), 0.5);
            assertTrue(video.info().healthDetail().startsWith(DemoVideo.WIDTH + "x" + DemoVideo.HEIGHT), video.info().healthDetail());
        }
        assertTrue(Files.notExists(demo.cameraImages().resolve(NoVideoNotice.FILE_NAME)), "no notice when there is a video");
    }
}
