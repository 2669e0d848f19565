package io.enrollment.qc.face.model;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.enrollment.qc.face.FaceModelException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * MediaPipe BlazeFace on OpenCV DNN: the back-camera model (256×256 input) sees the whole frame
 * (letterboxed to a square), so faces cut by the border and small background faces are found too; the
 * short-range (front-camera) model (128×128, its network a sixth of the cost) serves the live path on the region
 * around the tracked face. Both have 896 anchors in the same layout.
 *
 * <p>The ONNX exports want NHWC RGB in [-1, 1] and must run with layer fusion off. Outputs: scores
 * [1,512,1] and [1,384,1] (16×16×2 and 8×8×6 anchors, logits) and regressors [1,512,16] and [1,384,16]
 * (dx, dy, w, h and six keypoints, in input pixels relative to the anchor centre).
 *
 * <p>Not thread-safe: one instance per thread (an OpenCV {@code Net} keeps per-call state).
 */
public final class BlazeFaceDetector implements AutoCloseable {
    static final String MODEL = "blazeface_back_256.onnx";
    static final String SHORT_RANGE_MODEL = "blazeface_front_128.onnx";
    /** The whole-frame model's input side: it never sees more than this many pixels across the frame. */
    public static final int WHOLE_FRAME_INPUT = 256;
    private static final double NMS_IOU = 0.3;

    private final Net net;
    private final StringVector outputNames;
    private final int input;
    private final double[][] anchors = anchors();

    /** Loads the back-camera (whole-frame) model from the class path (~60 ms). */
    public BlazeFaceDetector() {
        this(MODEL, WHOLE_FRAME_INPUT);
    }

    /** The short-range model, for a region around a face that fills much of it. */
    public static BlazeFaceDetector shortRange() {
        return new BlazeFaceDetector(SHORT_RANGE_MODEL, 128);
    }

    private BlazeFaceDetector(String name, int input) {
        byte[] model = ModelResource.read(name);
        BytePointer buffer = new BytePointer(model);
        net = opencv_dnn.readNetFromONNX(buffer, model.length);
        buffer.close();
        if (net == null || net.empty()) {
            throw new FaceModelException("OpenCV could not load " + name);
        }
        net.enableFusion(false);
        outputNames = net.getUnconnectedOutLayersNames();
        this.input = input;
    }

    /**
     * Faces in a BGR 8-bit frame whose score reaches {@code minScore}, strongest first, after
     * weighted non-maximum suppression.
     */
    public List<FaceDetection> detect(Mat bgr, double minScore) {
        return detect(bgr, new Rect(0, 0, bgr.cols(), bgr.rows()), minScore);
    }

    /**
     * As {@link #detect(Mat, double)} within {@code region} of the image (clipped to it); boxes and keypoints
     * in image pixels.
     */
    public List<FaceDetection> detect(Mat bgr, Rect region, double minScore) {
        if (bgr.type() != CV_8UC3) {
            throw new IllegalArgumentException("detector needs an 8-bit 3-channel BGR image");
        }
        int x0 = Math.max(0, region.x());
        int y0 = Math.max(0, region.y());
        int x1 = Math.min(bgr.cols(), region.x() + region.width());
        int y1 = Math.min(bgr.rows(), region.y() + region.height());
        if (x1 - x0 < 2 || y1 - y0 < 2) {
            return List.of();
        }
        int side = Math.max(x1 - x0, y1 - y0);
        double k = input / (double) side;
        int w = Math.max(1, (int) Math.round((x1 - x0) * k));
        int h = Math.max(1, (int) Math.round((y1 - y0) * k));
        Letterbox box = new Letterbox((input - w) / 2, (input - h) / 2, (x1 - x0) / (double) w, (y1 - y0) / (double) h, x0, y0);
        float[][] out;
        try (Mat part = bgr.apply(new Rect(x0, y0, x1 - x0, y1 - y0))) {
            out = infer(part, w, h, box);
        }
        return suppress(decode(out, minScore, box));
    }

    /**
     * Where the region sits in the square input: offsets in input pixels, image pixels per input pixel, and
     * the region's origin in the image.
     */
    private record Letterbox(int offsetX, int offsetY, double scaleX, double scaleY, int originX, int originY) {
        Point2 toImage(double x, double y) {
            return new Point2(originX + (x - offsetX) * scaleX, originY + (y - offsetY) * scaleY);
        }
    }

    private float[][] infer(Mat bgr, int w, int h, Letterbox box) {
        // Shrink first, then pad: the letterbox is built at the input size, not at the frame's size.
        try (Mat square = new Mat(input, input, CV_8UC3, Scalar.all(0));
             Mat small = new Mat(); Mat rgb = new Mat(); Mat f = new Mat()) {
            shrink(bgr, small, w, h);
            try (Mat roi = square.apply(new Rect(box.offsetX(), box.offsetY(), w, h))) {
                small.copyTo(roi);
            }
            cvtColor(square, rgb, COLOR_BGR2RGB);
            rgb.convertTo(f, CV_32FC3, 1 / 127.5, -1);
            try (Mat in = f.reshape(1, new int[] {1, input, input, 3}); MatVector outs = new MatVector()) {
                net.setInput(in);
                net.forward(outs, outputNames);
                float[][] result = new float[4][];
                for (int i = 0; i < outs.size(); i++) {
                    Mat m = outs.get(i);
                    float[] values = new float[(int) m.total()];
                    FloatBuffer b = m.createBuffer();
                    b.get(values);
                    // Identify outputs by shape: scores have 1 value per anchor, regressors 16.
                    int anchors = m.size(1);
                    int slot = (m.size(2) == 1 ? 0 : 2) + (anchors == 512 ? 0 : 1);
                    result[slot] = values;
                }
                return result;
            }
        }
    }

    /**
     * Resamples {@code src} to w×h: box-averaging by the largest whole factor (OpenCV's fast integer path, a
     * few times cheaper than area resampling by a fractional factor), then bilinear for the rest (less than 2×,
     * so it does not alias).
     */
    private static void shrink(Mat src, Mat dst, int w, int h) {
        int f = (int) Math.floor(Math.min(src.cols() / (double) w, src.rows() / (double) h));
        if (f < 2) {
            resize(src, dst, new Size(w, h), 0, 0, INTER_AREA);
            return;
        }
        int cw = src.cols() / f;
        int ch = src.rows() / f;
        try (Mat whole = src.apply(new Rect(0, 0, cw * f, ch * f)); Mat boxed = new Mat()) {
            resize(whole, boxed, new Size(cw, ch), 0, 0, INTER_AREA);
            if (cw == w && ch == h) {
                boxed.copyTo(dst);
            } else {
                resize(boxed, dst, new Size(w, h), 0, 0, INTER_LINEAR);
            }
        }
    }

    private List<FaceDetection> decode(float[][] out, double minScore, Letterbox box) {
        List<FaceDetection> faces = new ArrayList<>();
        int offset = 0;
        for (int block = 0; block < 2; block++) {
            float[] scores = out[block];
            float[] regs = out[2 + block];
            for (int i = 0; i < scores.length; i++) {
                double score = 1 / (1 + Math.exp(-Math.max(-100, Math.min(100, scores[i]))));
                if (score < minScore) {
                    continue;
                }
                double[] anchor = anchors[offset + i];
                int r = i * 16;
                double cx = anchor[0] * input + regs[r];
                double cy = anchor[1] * input + regs[r + 1];
                double w = regs[r + 2];
                double h = regs[r + 3];
                List<Point2> keypoints = new ArrayList<>(6);
                for (int k = 0; k < 6; k++) {
                    keypoints.add(box.toImage(anchor[0] * input + regs[r + 4 + 2 * k],
                            anchor[1] * input + regs[r + 5 + 2 * k]));
                }
                Point2 topLeft = box.toImage(cx - w / 2, cy - h / 2);
                faces.add(new FaceDetection(score, topLeft.x(), topLeft.y(), w * box.scaleX(), h * box.scaleY(), keypoints));
            }
            offset += scores.length;
        }
        return faces;
    }

    /** MediaPipe's weighted NMS: overlapping detections are averaged, weighted by score. */
    private static List<FaceDetection> suppress(List<FaceDetection> raw) {
        List<FaceDetection> remaining = new ArrayList<>(raw);
        remaining.sort(Comparator.comparingDouble(FaceDetection::score).reversed());
        List<FaceDetection> kept = new ArrayList<>();
        while (!remaining.isEmpty()) {
            FaceDetection best = remaining.get(0);
            List<FaceDetection> cluster = new ArrayList<>();
            List<FaceDetection> rest = new ArrayList<>();
            for (FaceDetection d : remaining) {
                (best.iou(d) > NMS_IOU ? cluster : rest).add(d);
            }
            kept.add(average(best.score(), cluster));
            remaining = rest;
        }
        return kept;
    }

    private static FaceDetection average(double score, List<FaceDetection> cluster) {
        double total = 0;
        double l = 0;
        double t = 0;
        double w = 0;
        double h = 0;
        double[] kx = new double[6];
        double[] ky = new double[6];
        for (FaceDetection d : cluster) {
            double s = d.score();
            total += s;
            l += d.left() * s;
            t += d.top() * s;
            w += d.width() * s;
            h += d.height() * s;
            for (int k = 0; k < 6; k++) {
                kx[k] += d.keypoint(k).x() * s;
                ky[k] += d.keypoint(k).y() * s;
            }
        }
        List<Point2> keypoints = new ArrayList<>(6);
        for (int k = 0; k < 6; k++) {
            keypoints.add(new Point2(kx[k] / total, ky[k] / total));
        }
        return new FaceDetection(score, l / total, t / total, w / total, h / total, keypoints);
    }

    /** Anchor centres in [0,1]: 16×16 cells × 2, then 8×8 cells × 6 (MediaPipe's SSD anchors for this model). */
    private static double[][] anchors() {
        double[][] a = new double[896][];
        int n = 0;
        for (int[] layer : new int[][] {{16, 2}, {8, 6}}) {
            int cells = layer[0];
            for (int y = 0; y < cells; y++) {
                for (int x = 0; x < cells; x++) {
                    for (int k = 0; k < layer[1]; k++) {
                        a[n++] = new double[] {(x + 0.5) / cells, (y + 0.5) / cells};
                    }
                }
            }
        }
        return a;
    }

    @Override
    public void close() {
        net.close();
    }
}
