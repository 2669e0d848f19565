package io.enrollment.app.capture;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.nio.ByteBuffer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * One preview picture for the screen: packed 8-bit RGB, scaled down to the preview's width. Plain bytes, so
 * that the view model holds no toolkit image; the view copies them into one. Immutable: the pixels are read
 * through a read-only buffer, so a picture made 25 times a second is copied once, from the camera frame.
 */
public final class PreviewFrame {
    private final int width;
    private final int height;
    private final byte[] rgb;

    private PreviewFrame(int width, int height, byte[] rgb) {
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Scales an 8-bit BGR frame down to at most {@code maxWidth} pixels wide (never up) and packs it as RGB. */
    public static PreviewFrame of(Mat bgr, int maxWidth) {
        if (bgr.channels() != 3 || bgr.depth() != org.bytedeco.opencv.global.opencv_core.CV_8U) {
            throw new IllegalArgumentException("a preview is made from an 8-bit BGR frame");
        }
        try (Mat small = new Mat(); Mat rgb = new Mat()) {
            Mat source = bgr;
            if (bgr.cols() > maxWidth) {
                int h = (int) Math.round(bgr.rows() * (double) maxWidth / bgr.cols());
                resize(bgr, small, new Size(maxWidth, h), 0, 0, INTER_AREA);
                source = small;
            }
            cvtColor(source, rgb, COLOR_BGR2RGB);
            byte[] bytes = new byte[rgb.cols() * rgb.rows() * 3];
            rgb.data().get(bytes); // a fresh Mat is continuous
            return new PreviewFrame(rgb.cols(), rgb.rows(), bytes);
        }
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixels, row after row, three bytes (R, G, B) each; {@code width() * 3} bytes a row. */
    public ByteBuffer pixels() {
        return ByteBuffer.wrap(rgb).asReadOnlyBuffer();
    }

    @Override
    public String toString() {
        return "PreviewFrame[" + width + "x" + height + "]";
    }
}
