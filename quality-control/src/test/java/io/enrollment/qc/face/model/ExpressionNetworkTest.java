package io.enrollment.qc.face.model;

import static org.bytedeco.opencv.global.opencv_imgcodecs.imread;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-FACE-9's expression network: the ONNX graph built from the TensorFlow.js weights and run by OpenCV DNN
 * gives the same probabilities as a direct implementation of the TensorFlow.js layers written here (NHWC
 * loops: "same" padding, depthwise-separable convolutions, dense blocks), on real portraits.
 */
class ExpressionNetworkTest {
    private static final Path FACES = Path.of(System.getProperty("faces.dir", "../../shared/testdata/faces"));
    private static ExpressionNetwork network;
    private static TfjsWeights weights;
    private static BlazeFaceDetector detector;
    private static FaceMeshLandmarker landmarker;

    @BeforeAll
    static void load() {
        network = new ExpressionNetwork();
        weights = TfjsWeights.parse(ModelResource.read(ExpressionNetwork.MANIFEST), ModelResource.read(ExpressionNetwork.WEIGHTS));
        detector = new BlazeFaceDetector();
        landmarker = new FaceMeshLandmarker();
    }

    @AfterAll
    static void close() {
        network.close();
        detector.close();
        landmarker.close();
    }

    @Test
    void samePaddingPutsTheOddPixelBottomRight() {
        assertArrayEquals(new long[] {0, 0, 1, 1}, ExpressionNetwork.samePads(112, 2));
        assertArrayEquals(new long[] {1, 1, 1, 1}, ExpressionNetwork.samePads(56, 1));
        assertArrayEquals(new long[] {1, 1, 1, 1}, ExpressionNetwork.samePads(7, 2)); // odd size: 3 − 7 + 6 = 2
    }

    @Test
    void openCvRunsTheNetworkAsTheTensorFlowJsLayersDefineItOnRealPortraits_R_FACE_9() {
        assumeTrue(Files.isDirectory(FACES.resolve("smiling_front")), "shared face photographs not found at " + FACES.toAbsolutePath());
        for (String photo : new String[] {"neutral_front/003_03.jpg", "smiling_front/003_08.jpg", "smiling_front/024_08.jpg"}) {
            try (Mat image = imread(FACES.resolve(photo).toString())) {
                AlignedFace face = AlignedFace.of(image, landmarker.landmarks(image, detector.detect(image, 0.5).get(0)));
                try (Mat crop = face.square(AlignedFace.EYES_X, AlignedFace.EYES_Y + ExpressionNetwork.CROP_BELOW_EYES * AlignedFace.IED,
                        ExpressionNetwork.CROP_SIDE * AlignedFace.IED, ExpressionNetwork.INPUT)) {
                    byte[] bgr = new byte[ExpressionNetwork.INPUT * ExpressionNetwork.INPUT * 3];
                    crop.data().get(bgr);
                    ExpressionScores onnx = network.classify(crop);
                    double[] reference = reference(bgr);
                    for (int c = 0; c < reference.length; c++) {
                        assertEquals(reference[c], onnx.probability(c), 1e-4, photo + " class " + c);
                    }
                    if (photo.startsWith("smiling")) {
                        assertTrue(onnx.happy() > 0.5, photo + " smiles: " + onnx);
                    } else {
                        assertTrue(onnx.happy() < 0.5, photo + " is neutral: " + onnx);
                    }
                }
            }
        }
    }

    /** The TensorFlow.js network on a 112×112 BGR crop, NHWC, in plain loops. */
    private static double[] reference(byte[] bgr) {
        int s = ExpressionNetwork.INPUT;
        double[] mean = {122.782, 117.001, 104.298};
        float[] x = new float[s * s * 3];
        for (int i = 0; i < s * s; i++) {
            for (int c = 0; c < 3; c++) {
                x[i * 3 + c] = (float) (((bgr[i * 3 + 2 - c] & 0xFF) - mean[c]) / 255);
            }
        }
        Feature f = new Feature(x, s, 3);
        for (int b = 0; b < 4; b++) {
            String n = "dense" + b;
            Feature o1 = relu(b == 0 ? conv(f, n + "/conv0/filters", n + "/conv0/bias", 2) : separable(f, n + "/conv0", 2));
            Feature o2 = separable(o1, n + "/conv1", 1);
            Feature s12 = add(o1, o2);
            Feature o3 = separable(relu(s12), n + "/conv2", 1);
            Feature s123 = add(s12, o3);
            Feature o4 = separable(relu(s123), n + "/conv3", 1);
            f = relu(add(s123, o4));
        }
        double[] pooled = new double[f.c];
        for (int i = 0; i < f.size * f.size; i++) {
            for (int c = 0; c < f.c; c++) {
                pooled[c] += f.v[i * f.c + c] / (double) (f.size * f.size);
            }
        }
        TfjsWeights.Tensor w = weights.get("fc/weights");
        float[] bias = weights.get("fc/bias").values();
        double[] z = new double[7];
        double max = -Double.MAX_VALUE;
        for (int k = 0; k < 7; k++) {
            z[k] = bias[k];
            for (int c = 0; c < f.c; c++) {
                z[k] += pooled[c] * w.values()[c * 7 + k];
            }
            max = Math.max(max, z[k]);
        }
        double sum = 0;
        for (int k = 0; k < 7; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < 7; k++) {
            z[k] /= sum;
        }
        return z;
    }

    private record Feature(float[] v, int size, int c) {
    }

    /** 3×3 convolution, TensorFlow "same" padding, filter height × width × in × out. */
    private static Feature conv(Feature in, String filter, String biasName, int stride) {
        TfjsWeights.Tensor f = weights.get(filter);
        float[] bias = weights.get(biasName).values();
        int cout = f.shape()[3];
        int out = (in.size + stride - 1) / stride;
        int before = Math.max((out - 1) * stride + 3 - in.size, 0) / 2;
        float[] v = new float[out * out * cout];
        for (int y = 0; y < out; y++) {
            for (int x = 0; x < out; x++) {
                for (int o = 0; o < cout; o++) {
                    double acc = bias[o];
                    for (int ky = 0; ky < 3; ky++) {
                        for (int kx = 0; kx < 3; kx++) {
                            int sy = y * stride + ky - before;
                            int sx = x * stride + kx - before;
                            if (sy < 0 || sx < 0 || sy >= in.size || sx >= in.size) {
                                continue;
                            }
                            for (int i = 0; i < in.c; i++) {
                                acc += in.v[(sy * in.size + sx) * in.c + i] * f.values()[((ky * 3 + kx) * in.c + i) * cout + o];
                            }
                        }
                    }
                    v[(y * out + x) * cout + o] = (float) acc;
                }
            }
        }
        return new Feature(v, out, cout);
    }

    /** Depthwise 3×3 (filter 3 × 3 × C × 1, "same") then pointwise 1×1 with bias. */
    private static Feature separable(Feature in, String name, int stride) {
        TfjsWeights.Tensor dw = weights.get(name + "/depthwise_filter");
        int out = (in.size + stride - 1) / stride;
        int before = Math.max((out - 1) * stride + 3 - in.size, 0) / 2;
        float[] d = new float[out * out * in.c];
        for (int y = 0; y < out; y++) {
            for (int x = 0; x < out; x++) {
                for (int c = 0; c < in.c; c++) {
                    double acc = 0;
                    for (int ky = 0; ky < 3; ky++) {
                        for (int kx = 0; kx < 3; kx++) {
                            int sy = y * stride + ky - before;
                            int sx = x * stride + kx - before;
                            if (sy >= 0 && sx >= 0 && sy < in.size && sx < in.size) {
                                acc += in.v[(sy * in.size + sx) * in.c + c] * dw.values()[(ky * 3 + kx) * in.c + c];
                            }
                        }
                    }
                    d[(y * out + x) * in.c + c] = (float) acc;
                }
            }
        }
        TfjsWeights.Tensor pw = weights.get(name + "/pointwise_filter");
        float[] bias = weights.get(name + "/bias").values();
        int cout = pw.shape()[3];
        float[] v = new float[out * out * cout];
        for (int p = 0; p < out * out; p++) {
            for (int o = 0; o < cout; o++) {
                double acc = bias[o];
                for (int i = 0; i < in.c; i++) {
                    acc += d[p * in.c + i] * pw.values()[i * cout + o];
                }
                v[p * cout + o] = (float) acc;
            }
        }
        return new Feature(v, out, cout);
    }

    private static Feature add(Feature a, Feature b) {
        float[] v = new float[a.v.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.v[i] + b.v[i];
        }
        return new Feature(v, a.size, a.c);
    }

    private static Feature relu(Feature a) {
        float[] v = new float[a.v.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, a.v[i]);
        }
        return new Feature(v, a.size, a.c);
    }
}
