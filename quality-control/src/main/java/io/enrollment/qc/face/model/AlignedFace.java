package io.enrollment.qc.face.model;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * The face resampled to a fixed geometry (eye line horizontal, {@link #IED} pixels between the eye
 * centres, eye midpoint at ({@link #EYES_X}, {@link #EYES_Y})), held as Java arrays so that the
 * photometric checks cost microseconds and do not depend on the camera's resolution. Pixels that fell
 * outside the source image are marked invalid.
 */
public final class AlignedFace {
    public static final int WIDTH = 160;
    public static final int HEIGHT = 208;
    public static final double IED = 64;
    public static final double EYES_X = 80;
    public static final double EYES_Y = 72;

    private final byte[] bgr;
    private final boolean[] valid;
    private final double[] mx;
    private final double[] my;

    private AlignedFace(byte[] bgr, boolean[] valid, double[] mx, double[] my) {
        this.bgr = bgr;
        this.valid = valid;
        this.mx = mx;
        this.my = my;
    }

    /** Resamples {@code image} (8-bit BGR) around {@code mesh}. */
    public static AlignedFace of(Mat image, FaceMesh mesh) {
        Point2 re = mesh.rightEyeCentre();
        Point2 le = mesh.leftEyeCentre();
        double angle = Math.atan2(le.y() - re.y(), le.x() - re.x());
        double s = re.distance(le) / IED; // source pixels per aligned pixel
        Point2 mid = re.midpoint(le);
        double cos = Math.cos(angle) * s;
        double sin = Math.sin(angle) * s;
        // aligned (u, v) -> source: mid + R·s·(u - EYES_X, v - EYES_Y)
        double[] m = {cos, -sin, mid.x() - EYES_X * cos + EYES_Y * sin, sin, cos, mid.y() - EYES_X * sin - EYES_Y * cos};
        byte[] pixels = new byte[WIDTH * HEIGHT * 3];
        try (Mat affine = new Mat(2, 3, CV_64F); Mat out = new Mat()) {
            DoubleIndexer idx = affine.createIndexer();
            for (int i = 0; i < 6; i++) {
                idx.put(i / 3, i % 3, m[i]);
            }
            idx.close();
            int interpolation = (s > 1.5 ? INTER_AREA : INTER_LINEAR) | WARP_INVERSE_MAP;
            warpAffine(image, out, affine, new Size(WIDTH, HEIGHT), interpolation, BORDER_CONSTANT, Scalar.all(0));
            if (out.type() != CV_8UC3) {
                throw new IllegalArgumentException("aligned face needs an 8-bit BGR image");
            }
            out.data().get(pixels);
        }
        // A pixel is valid when its whole bilinear footprint lies in the image (warpAffine's 1/32-pixel grid),
        // i.e. none of the black border was mixed in.
        boolean[] valid = new boolean[WIDTH * HEIGHT];
        int maxX = image.cols() - 1;
        int maxY = image.rows() - 1;
        for (int v = 0; v < HEIGHT; v++) {
            for (int u = 0; u < WIDTH; u++) {
                double sx = Math.round((m[0] * u + m[1] * v + m[2]) * 32) / 32.0;
                double sy = Math.round((m[3] * u + m[4] * v + m[5]) * 32) / 32.0;
                valid[v * WIDTH + u] = sx >= 0 && sy >= 0 && sx <= maxX && sy <= maxY;
            }
        }
        // mesh -> aligned: inverse of the affine above
        double[] ax = new double[FaceMesh.POINTS];
        double[] ay = new double[FaceMesh.POINTS];
        double c = Math.cos(angle) / s;
        double sn = Math.sin(angle) / s;
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            double dx = mesh.x(i) - mid.x();
            double dy = mesh.y(i) - mid.y();
            ax[i] = c * dx + sn * dy + EYES_X;
            ay[i] = -sn * dx + c * dy + EYES_Y;
        }
        return new AlignedFace(pixels, valid, ax, ay);
    }

    /**
     * The square of side {@code side} (aligned pixels) centred on ({@code cx}, {@code cy}), resampled
     * bilinearly to {@code size}×{@code size}: an 8-bit BGR image the caller closes. Outside the crop is black.
     */
    public Mat square(double cx, double cy, double side, int size) {
        double s = side / size;
        try (Mat aligned = new Mat(HEIGHT, WIDTH, CV_8UC3); Mat affine = new Mat(2, 3, CV_64F)) {
            aligned.data().put(bgr);
            DoubleIndexer idx = affine.createIndexer();
            // output pixel j covers [cx − side/2 + j·s, … + s) in aligned coordinates (integer = pixel centre)
            double[] m = {s, 0, cx - side / 2 + s / 2, 0, s, cy - side / 2 + s / 2};
            for (int i = 0; i < 6; i++) {
                idx.put(i / 3, i % 3, m[i]);
            }
            idx.close();
            Mat out = new Mat();
            warpAffine(aligned, out, affine, new Size(size, size), INTER_LINEAR | WARP_INVERSE_MAP, BORDER_CONSTANT, Scalar.all(0));
            return out;
        }
    }

    /** Landmark {@code i} in aligned coordinates. */
    public Point2 landmark(int i) {
        return new Point2(mx[i], my[i]);
    }

    public boolean valid(int x, int y) {
        return x >= 0 && y >= 0 && x < WIDTH && y < HEIGHT && valid[y * WIDTH + x];
    }

    /** Channel {@code c} (0 = B, 1 = G, 2 = R) at (x, y), 0–255. */
    public int channel(int x, int y, int c) {
        return bgr[(y * WIDTH + x) * 3 + c] & 0xFF;
    }

    /** Rec. 601 luma at (x, y). */
    public double luma(int x, int y) {
        int i = (y * WIDTH + x) * 3;
        return 0.114 * (bgr[i] & 0xFF) + 0.587 * (bgr[i + 1] & 0xFF) + 0.299 * (bgr[i + 2] & 0xFF);
    }

    /** Statistics of the valid pixels in the axis-aligned box [x0, x1) × [y0, y1), clipped to the crop. */
    public RegionStats stats(double x0, double y0, double x1, double y1) {
        int ax0 = (int) Math.max(0, Math.floor(x0));
        int ay0 = (int) Math.max(0, Math.floor(y0));
        int ax1 = (int) Math.min(WIDTH, Math.ceil(x1));
        int ay1 = (int) Math.min(HEIGHT, Math.ceil(y1));
        RegionStats.Builder b = new RegionStats.Builder();
        for (int y = ay0; y < ay1; y++) {
            for (int x = ax0; x < ax1; x++) {
                if (valid(x, y)) {
                    b.add(channel(x, y, 2), channel(x, y, 1), channel(x, y, 0));
                }
            }
        }
        return b.build();
    }

    /** Statistics of a square of half-size {@code r} around a point. */
    public RegionStats around(Point2 p, double r) {
        return stats(p.x() - r, p.y() - r, p.x() + r, p.y() + r);
    }
}
