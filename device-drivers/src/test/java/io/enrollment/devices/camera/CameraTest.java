package io.enrollment.devices.camera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.sample.DeviceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.OpenCVFrameConverter;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-backed cameras read real files made by the test; a missing camera is a clear error. */
class CameraTest {
    @Test
    void videoFileCameraReadsEveryFrameOfARealVideo(@TempDir Path dir) throws Exception {
        Path video = dir.resolve("clip.mp4");
        OpenCVFrameConverter.ToMat converter = new OpenCVFrameConverter.ToMat();
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(video.toFile(), 320, 240)) {
            rec.setVideoCodec(avcodec.AV_CODEC_ID_MPEG4);
            rec.setFormat("mp4");
            rec.setFrameRate(25);
            rec.setVideoQuality(2);
            rec.start();
            for (int i = 0; i < 30; i++) {
                try (Mat m = new Mat(240, 320, opencv_core.CV_8UC3, new Scalar(i * 8, 100, 255 - i * 8, 0))) {
                    rec.record(converter.convert(m));
                }
            }
        }
        int frames = 0;
        try (VideoFileCamera cam = new VideoFileCamera(video)) {
            assertEquals(25, cam.declaredFrameRate(), 0.5);
            Optional<Mat> f;
            while ((f = cam.grab()).isPresent()) {
                try (Mat m = f.get()) {
                    assertEquals(320, m.cols());
                    assertEquals(240, m.rows());
                    assertEquals(3, m.channels());
                }
                frames++;
            }
            DeviceInfo info = cam.info();
            assertEquals(DeviceInfo.Kind.CAMERA, info.kind());
            assertEquals(DeviceInfo.Health.OK, info.health());
            assertTrue(info.healthDetail().contains("320x240"), info.healthDetail());
            assertTrue(info.healthDetail().contains("30 frames"), info.healthDetail());
        }
        assertEquals(30, frames);
    }

    @Test
    void imageFolderCameraPlaysImagesInNameOrder(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 3; i++) {
            try (Mat m = new Mat(48, 64, opencv_core.CV_8UC3, new Scalar(i * 100, 0, 0, 0))) {
                opencv_imgcodecs.imwrite(dir.resolve("f" + i + ".png").toString(), m);
            }
        }
        try (ImageFolderCamera cam = new ImageFolderCamera(dir)) {
            for (int i = 0; i < 3; i++) {
                try (Mat m = cam.grab().orElseThrow()) {
                    assertEquals(i * 100, m.ptr(0, 0).get(0) & 0xFF);
                }
            }
            assertTrue(cam.grab().isEmpty());
            assertTrue(cam.info().healthDetail().contains("3 frames"));
        }
    }

    @Test
    void missingCameraIsAClearError(@TempDir Path emptyDev) {
        // /dev/video0 is looked for in an empty directory: refused before OpenCV is asked (which would wait ~10 s)
        CameraException e = assertThrows(CameraException.class, () -> new UsbCamera(0, 1280, 720, emptyDev));
        assertTrue(e.getMessage().contains("no camera"), e.getMessage());
    }

    @Test
    void cameraIsFoundByItsV4l2Name(@TempDir Path sys) throws Exception {
        Files.createDirectories(sys.resolve("video0"));
        Files.writeString(sys.resolve("video0/name"), "Integrated Camera: Integrated C\n");
        Files.createDirectories(sys.resolve("video2"));
        Files.writeString(sys.resolve("video2/name"), "Logitech BRIO\n");
        assertEquals(2, UsbCamera.indexOf(sys, "brio"));
        assertEquals(0, UsbCamera.indexOf(sys, "integrated"));
        CameraException e = assertThrows(CameraException.class, () -> UsbCamera.indexOf(sys, "C920"));
        assertTrue(e.getMessage().contains("Logitech BRIO"), e.getMessage());
        assertTrue(assertThrows(CameraException.class, () -> UsbCamera.indexOf(sys.resolve("none"), "x")).getMessage()
                .contains("no camera is connected"));
    }

    @Test
    void missingVideoOrEmptyFolderAreClearErrors(@TempDir Path dir) throws Exception {
        assertTrue(assertThrows(CameraException.class, () -> new VideoFileCamera(dir.resolve("none.mp4"))).getMessage().contains("does not exist"));
        Path notVideo = Files.writeString(dir.resolve("text.mp4"), "not a video");
        assertThrows(CameraException.class, () -> new VideoFileCamera(notVideo));
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertTrue(assertThrows(CameraException.class, () -> new ImageFolderCamera(empty)).getMessage().contains("no JPEG"));
    }
}
