package io.enrollment.qc.face.model;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import io.enrollment.qc.face.FaceModelException;
import java.nio.FloatBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.indexer.DoubleIndexer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * MediaPipe's 468-point face mesh ({@code face_landmark.tflite}, 192×192 RGB/255 input) on OpenCV DNN.
 * The crop follows MediaPipe: a square 1.5× the face box, rotated so that the eye line is horizontal.
 * Not thread-safe.
 */
public final class FaceMeshLandmarker implements AutoCloseable {
    static final String MODEL = "face_landmark.tflite";
    private static final int INPUT = 192;
    private static final double ROI_SCALE = 1.5;

    private final Net net;

    /** Loads the model from the class path. */
    public FaceMeshLandmarker() {
        byte[] model = ModelResource.read(MODEL);
        BytePointer buffer = new BytePointer(model);
        net = opencv_dnn.readNetFromTFLite(buffer, model.length);
        buffer.close();
        if (net == null || net.empty()) {
            throw new FaceModelException("OpenCV could not load " + MODEL);
        }
    }

    /**
     * Landmarks for a detected face: crop from the detection, then twice more from the previous mesh, so
     * that the result no longer depends on the detector's box.
     */
    public FaceMesh landmarks(Mat bgr, FaceDetection face) {
        Point2 re = face.keypoint(FaceDetection.RIGHT_EYE);
        Point2 le = face.keypoint(FaceDetection.LEFT_EYE);
        double angle = Math.atan2(le.y() - re.y(), le.x() - re.x());
        Point2 c = face.centre();
        FaceMesh first = run(bgr, c, Math.max(face.width(), face.height()) * ROI_SCALE, angle);
        return refine(bgr, refine(bgr, first));
    }

    /** Landmarks cropped around a previous mesh of the same face (MediaPipe's tracking ROI). */
    public FaceMesh refine(Mat bgr, FaceMesh previous) {
        Point2 re = previous.point(MeshIndex.RIGHT_EYE_OUTER);
        Point2 le = previous.point(MeshIndex.LEFT_EYE_OUTER);
        double angle = Math.atan2(le.y() - re.y(), le.x() - re.x());
        // The bounding box of the points in the face's own (eye-line) frame.
        double cos = Math.cos(-angle);
        double sin = Math.sin(-angle);
        double minU = Double.MAX_VALUE;
        double minV = Double.MAX_VALUE;
        double maxU = -Double.MAX_VALUE;
        double maxV = -Double.MAX_VALUE;
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            double u = previous.x(i) * cos - previous.y(i) * sin;
            double v = previous.x(i) * sin + previous.y(i) * cos;
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
            minV = Math.min(minV, v);
            maxV = Math.max(maxV, v);
        }
        double cu = (minU + maxU) / 2;
        double cv = (minV + maxV) / 2;
        Point2 centre = new Point2(cu * Math.cos(angle) - cv * Math.sin(angle), cu * Math.sin(angle) + cv * Math.cos(angle));
        return run(bgr, centre, Math.max(maxU - minU, maxV - minV) * ROI_SCALE, angle);
    }

    private FaceMesh run(Mat bgr, Point2 centre, double size, double angle) {
        double s = size / INPUT;
        double cos = Math.cos(angle) * s;
        double sin = Math.sin(angle) * s;
        double half = INPUT / 2.0;
        // crop pixel (u, v) -> image: centre + R(angle)·s·(u - half, v - half)
        double[] m = {cos, -sin, centre.x() - half * cos + half * sin,
                sin, cos, centre.y() - half * sin - half * cos};
        float[] out = new float[FaceMesh.POINTS * 3];
        try (Mat affine = new Mat(2, 3, CV_64F); Mat crop = new Mat()) {
            DoubleIndexer idx = affine.createIndexer();
            for (int i = 0; i < 6; i++) {
                idx.put(i / 3, i % 3, m[i]);
            }
            idx.close();
            warpAffine(bgr, crop, affine, new Size(INPUT, INPUT), INTER_LINEAR | WARP_INVERSE_MAP,
                    BORDER_CONSTANT, Scalar.all(0));
            try (Mat blob = opencv_dnn.blobFromImage(crop, 1 / 255.0, new Size(INPUT, INPUT), Scalar.all(0), true, false, CV_32F)) {
                net.setInput(blob);
                try (Mat result = net.forward("conv2d_21")) {
                    FloatBuffer b = result.createBuffer();
                    b.get(out);
                }
            }
        }
        double[] x = new double[FaceMesh.POINTS];
        double[] y = new double[FaceMesh.POINTS];
        double[] z = new double[FaceMesh.POINTS];
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            double u = out[3 * i];
            double v = out[3 * i + 1];
            x[i] = m[0] * u + m[1] * v + m[2];
            y[i] = m[3] * u + m[4] * v + m[5];
            z[i] = out[3 * i + 2] * s;
        }
        return new FaceMesh(x, y, z);
    }

    @Override
    public void close() {
        net.close();
    }
}
