package io.enrollment.qc.face.model;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;

import io.enrollment.qc.face.FaceModelException;
import io.enrollment.qc.face.model.onnx.OnnxModel;
import io.enrollment.qc.face.model.onnx.OnnxModel.Attribute;
import java.nio.FloatBuffer;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * The face-expression network of face-api (vladmandic/face-api 1.7.15, MIT), for R-FACE-9's smile measure.
 * It ships as TensorFlow.js weights only, so the graph is rebuilt here as ONNX in memory and run on OpenCV
 * DNN: 112×112 RGB, (x − mean)/255; four dense blocks (each: a stride-2 convolution — plain 3×3 in the
 * first block, depthwise-separable after — then three depthwise-separable 3×3 convolutions whose inputs
 * are the ReLU of the running sum of the block's earlier outputs; the block's output is the ReLU of the
 * sum of all four); global average pooling to 256; a 256→7 dense layer; softmax. Padding is TensorFlow's
 * "same" (the odd extra pixel goes bottom/right). Not thread-safe.
 */
public final class ExpressionNetwork implements AutoCloseable {
    static final String MANIFEST = "face_expression_model-weights_manifest.json";
    static final String WEIGHTS = "face_expression_model.bin";
    /** Input side, pixels. */
    public static final int INPUT = 112;
    private static final double[] MEAN_RGB = {122.782, 117.001, 104.298};
    private static final int[] BLOCK_CHANNELS = {32, 64, 128, 256};

    /**
     * The crop the network sees, in inter-eye distances: a square this wide, centred this far below the eye
     * midpoint on the face's own axis (eyebrows to chin, as a face detector's box).
     */
    public static final double CROP_SIDE = 2.2;
    public static final double CROP_BELOW_EYES = 0.5;

    private final Net net;

    /** Loads the weights packaged by the build. */
    public ExpressionNetwork() {
        this(ModelResource.read(MANIFEST), ModelResource.read(WEIGHTS));
    }

    ExpressionNetwork(byte[] manifest, byte[] weights) {
        byte[] onnx = onnx(TfjsWeights.parse(manifest, weights));
        BytePointer buffer = new BytePointer(onnx);
        net = opencv_dnn.readNetFromONNX(buffer, onnx.length);
        buffer.close();
        if (net == null || net.empty()) {
            throw new FaceModelException("OpenCV could not load the expression network");
        }
    }

    /** The expression of an aligned face, from the square {@link #CROP_SIDE} × IED below its eyes. */
    public ExpressionScores classify(AlignedFace face) {
        double side = CROP_SIDE * AlignedFace.IED;
        try (Mat crop = face.square(AlignedFace.EYES_X, AlignedFace.EYES_Y + CROP_BELOW_EYES * AlignedFace.IED, side, INPUT)) {
            return classify(crop);
        }
    }

    /** The expression of a face filling an 8-bit BGR {@value #INPUT}×{@value #INPUT} image. */
    public ExpressionScores classify(Mat bgr) {
        if (bgr.cols() != INPUT || bgr.rows() != INPUT) {
            throw new IllegalArgumentException("the expression network takes " + INPUT + "×" + INPUT + " pixels");
        }
        // blobFromImage subtracts the mean before scaling; with swapRB the mean is given in RGB order
        try (Mat blob = opencv_dnn.blobFromImage(bgr, 1 / 255.0, new Size(INPUT, INPUT),
                new Scalar(MEAN_RGB[0], MEAN_RGB[1], MEAN_RGB[2], 0), true, false, CV_32F)) {
            net.setInput(blob);
            try (Mat out = net.forward()) {
                float[] p = new float[ExpressionScores.CLASSES];
                FloatBuffer b = out.createBuffer();
                b.get(p);
                return new ExpressionScores(p);
            }
        }
    }

    /** The network as an ONNX model, NCHW. */
    static byte[] onnx(TfjsWeights w) {
        OnnxModel g = new OnnxModel("face_expression");
        g.input("input", 1, 3, INPUT, INPUT);
        String x = "input";
        int size = INPUT;
        int channels = 3;
        for (int block = 0; block < BLOCK_CHANNELS.length; block++) {
            String n = "dense" + block;
            String o1 = block == 0
                    ? g.node("Relu", List.of(conv(g, w, n + "/conv0", x, size, 2)), n + "/out1")
                    : g.node("Relu", List.of(separable(g, w, n + "/conv0", x, channels, size, 2)), n + "/out1");
            size = (size + 1) / 2;
            channels = BLOCK_CHANNELS[block];
            String o2 = separable(g, w, n + "/conv1", o1, channels, size, 1);
            String s12 = g.node("Add", List.of(o1, o2), n + "/sum12");
            String o3 = separable(g, w, n + "/conv2", g.node("Relu", List.of(s12), n + "/in3"), channels, size, 1);
            String s123 = g.node("Add", List.of(s12, o3), n + "/sum123");
            String o4 = separable(g, w, n + "/conv3", g.node("Relu", List.of(s123), n + "/in4"), channels, size, 1);
            x = g.node("Relu", List.of(g.node("Add", List.of(s123, o4), n + "/sum")), n + "/out");
        }
        String pooled = g.node("GlobalAveragePool", List.of(x), "pooled");
        String flat = g.node("Flatten", List.of(pooled), "features", Attribute.integer("axis", 1));
        TfjsWeights.Tensor fc = w.get("fc/weights");
        g.initializer("fc/weights", fc.values(), fc.shape()[0], fc.shape()[1]);
        TfjsWeights.Tensor fcBias = w.get("fc/bias");
        g.initializer("fc/bias", fcBias.values(), fcBias.shape()[0]);
        String logits = g.node("Gemm", List.of(flat, "fc/weights", "fc/bias"), "logits");
        g.node("Softmax", List.of(logits), "probabilities", Attribute.integer("axis", 1));
        g.output("probabilities", 1, ExpressionScores.CLASSES);
        return g.toByteArray();
    }

    /** A plain 3×3 convolution with bias (TensorFlow filter layout height × width × in × out). */
    private static String conv(OnnxModel g, TfjsWeights w, String name, String in, int size, int stride) {
        TfjsWeights.Tensor f = w.get(name + "/filters");
        int cin = f.shape()[2];
        int cout = f.shape()[3];
        float[] oihw = new float[f.values().length];
        for (int h = 0; h < 3; h++) {
            for (int x = 0; x < 3; x++) {
                for (int i = 0; i < cin; i++) {
                    for (int o = 0; o < cout; o++) {
                        oihw[((o * cin + i) * 3 + h) * 3 + x] = f.values()[((h * 3 + x) * cin + i) * cout + o];
                    }
                }
            }
        }
        g.initializer(name + "/filters", oihw, cout, cin, 3, 3);
        g.initializer(name + "/bias", w.get(name + "/bias").values(), cout);
        return g.node("Conv", List.of(in, name + "/filters", name + "/bias"), name,
                Attribute.integers("kernel_shape", 3, 3), Attribute.integers("strides", stride, stride),
                Attribute.integers("pads", samePads(size, stride)));
    }

    /** A depthwise 3×3 convolution (no bias) then a pointwise 1×1 with bias. */
    private static String separable(OnnxModel g, TfjsWeights w, String name, String in, int channels, int size, int stride) {
        TfjsWeights.Tensor dw = w.get(name + "/depthwise_filter");
        float[] depthwise = new float[dw.values().length];
        for (int k = 0; k < 9; k++) {
            for (int c = 0; c < channels; c++) {
                depthwise[c * 9 + k] = dw.values()[k * channels + c];
            }
        }
        g.initializer(name + "/depthwise", depthwise, channels, 1, 3, 3);
        String d = g.node("Conv", List.of(in, name + "/depthwise"), name + "/dw",
                Attribute.integers("kernel_shape", 3, 3), Attribute.integers("strides", stride, stride),
                Attribute.integers("pads", samePads(size, stride)), Attribute.integer("group", channels));
        TfjsWeights.Tensor pw = w.get(name + "/pointwise_filter");
        int cout = pw.shape()[3];
        float[] pointwise = new float[pw.values().length];
        for (int i = 0; i < channels; i++) {
            for (int o = 0; o < cout; o++) {
                pointwise[o * channels + i] = pw.values()[i * cout + o];
            }
        }
        g.initializer(name + "/pointwise", pointwise, cout, channels, 1, 1);
        g.initializer(name + "/bias", w.get(name + "/bias").values(), cout);
        return g.node("Conv", List.of(d, name + "/pointwise", name + "/bias"), name,
                Attribute.integers("kernel_shape", 1, 1));
    }

    /** TensorFlow "same" padding for a 3×3 kernel as ONNX pads {top, left, bottom, right}. */
    static long[] samePads(int size, int stride) {
        int out = (size + stride - 1) / stride;
        int total = Math.max((out - 1) * stride + 3 - size, 0);
        long before = total / 2;
        long after = total - before;
        return new long[] {before, before, after, after};
    }

    @Override
    public void close() {
        net.close();
    }
}
