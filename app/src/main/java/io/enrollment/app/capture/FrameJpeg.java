package io.enrollment.app.capture;

import static org.bytedeco.opencv.global.opencv_imgcodecs.IMWRITE_JPEG_QUALITY;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imencode;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.opencv.opencv_core.Mat;

/** A camera frame encoded once as JPEG: the stored form of a still (R-FACE-11, R-FACE-13). */
final class FrameJpeg {
    /** The quality of the one encoding the workstation makes (as the automatic capture's). */
    static final int QUALITY = 95;

    private FrameJpeg() {
    }

    static byte[] encode(Mat bgr) throws CaptureException {
        try (BytePointer jpeg = new BytePointer(); IntPointer params = new IntPointer(IMWRITE_JPEG_QUALITY, QUALITY)) {
            if (!imencode(".jpg", bgr, jpeg, params)) {
                throw new CaptureException("the camera frame could not be encoded as JPEG");
            }
            byte[] bytes = new byte[(int) jpeg.limit()];
            jpeg.get(bytes);
            return bytes;
        }
    }
}
