package io.enrollment.app.capture;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * One preview picture for the screen: packed 8-bit RGB, scaled down to the preview's width. Plain bytes, so
 * that the view model holds no toolkit image; the view turns it into one.
 */
public record PreviewFrame(int width, int height, byte[] rgb) {
    public PreviewFrame {
        if (width <= 0 || height <= 0 || rgb.length != width * height * 3) {
            throw new IllegalArgumentException("an RGB preview of " + width + "x" + height + " needs " + width * height * 3
                    + " bytes, got " + rgb.length);
        }
        rgb = rgb.clone();
    }

    @Override
    public byte[] rgb() {
        return rgb.clone();
    }

    /** Scales an 8-bit BGR frame down to at most {@code maxWidth} pixels wide (never up) and packs it as RGB. */
    public static PreviewFrame of(Mat bgr, int maxWidth) {
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

    @Override
    public String toString() {
        return "PreviewFrame[" + width + "x" + height + "]";
    }
}
