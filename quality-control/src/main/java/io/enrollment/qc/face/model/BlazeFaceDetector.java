package io.enrollment.qc.face.model;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_32FC3;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2RGB;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
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
 * MediaPipe BlazeFace, back-camera model (256×256 input, 896 anchors), on OpenCV DNN. Sees the whole
 * frame (letterboxed to a square), so faces cut by the border and small background faces are found too.
 *
 * <p>The ONNX export wants NHWC RGB in [-1, 1] and must run with layer fusion off. Outputs: scores
 * [1,512,1] and [1,384,1] (16×16×2 and 8×8×6 anchors, logits) and regressors [1,512,16] and [1,384,16]
 * (dx, dy, w, h and six keypoints, in input pixels relative to the anchor centre).
 *
 * <p>Not thread-safe: one instance per thread (an OpenCV {@code Net} keeps per-call state).
 */
public final class BlazeFaceDetector implements AutoCloseable {
    static final String MODEL = "blazeface_back_256.onnx";
    private static final int INPUT = 256;
    private static final double NMS_IOU = 0.3;

    private final Net net;
    private final StringVector outputNames;
    private final double[][] anchors = anchors();

    /** Loads the model from the class path (~60 ms). */
    public BlazeFaceDetector() {
        byte[] model = ModelResource.read(MODEL);
        BytePointer buffer = new BytePointer(model);
        net = opencv_dnn.readNetFromONNX(buffer, model.length);
        buffer.close();
        if (net == null || net.empty()) {
            throw new FaceModelException("OpenCV could not load " + MODEL);
        }
        net.enableFusion(false);
        outputNames = net.getUnconnectedOutLayersNames();
    }

    /**
     * Faces in a BGR 8-bit frame whose score reaches {@code minScore}, strongest first, after
     * weighted non-maximum suppression.
     */
    public List<FaceDetection> detect(Mat bgr, double minScore) {
        if (bgr.type() != CV_8UC3) {
            throw new IllegalArgumentException("detector needs an 8-bit 3-channel BGR image");
        }
        int side = Math.max(bgr.cols(), bgr.rows());
        double k = INPUT / (double) side;
        int w = Math.max(1, (int) Math.round(bgr.cols() * k));
        int h = Math.max(1, (int) Math.round(bgr.rows() * k));
        Letterbox box = new Letterbox((INPUT - w) / 2, (INPUT - h) / 2, bgr.cols() / (double) w, bgr.rows() / (double) h);
        float[][] out = infer(bgr, w, h, box);
        return suppress(decode(out, minScore, box));
    }

    /** Where the frame sits in the 256×256 input: offsets in input pixels, frame pixels per input pixel. */
    private record Letterbox(int offsetX, int offsetY, double scaleX, double scaleY) {
        Point2 toImage(double x, double y) {
            return new Point2((x - offsetX) * scaleX, (y - offsetY) * scaleY);
        }
    }

    private float[][] infer(Mat bgr, int w, int h, Letterbox box) {
        // Shrink first, then pad: the letterbox is built at 256×256, not at the frame's size.
        try (Mat square = new Mat(INPUT, INPUT, CV_8UC3, Scalar.all(0));
             Mat small = new Mat(); Mat rgb = new Mat(); Mat f = new Mat()) {
            resize(bgr, small, new Size(w, h), 0, 0, INTER_AREA);
            try (Mat roi = square.apply(new Rect(box.offsetX(), box.offsetY(), w, h))) {
                small.copyTo(roi);
            }
            cvtColor(square, rgb, COLOR_BGR2RGB);
            rgb.convertTo(f, CV_32FC3, 1 / 127.5, -1);
            try (Mat input = f.reshape(1, new int[] {1, INPUT, INPUT, 3}); MatVector outs = new MatVector()) {
                net.setInput(input);
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
                double cx = anchor[0] * INPUT + regs[r];
                double cy = anchor[1] * INPUT + regs[r + 1];
                double w = regs[r + 2];
                double h = regs[r + 3];
                List<Point2> keypoints = new ArrayList<>(6);
                for (int k = 0; k < 6; k++) {
                    keypoints.add(box.toImage(anchor[0] * INPUT + regs[r + 4 + 2 * k],
                            anchor[1] * INPUT + regs[r + 5 + 2 * k]));
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
