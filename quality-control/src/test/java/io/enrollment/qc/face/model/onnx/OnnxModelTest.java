package io.enrollment.qc.face.model.onnx;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.enrollment.qc.face.model.onnx.OnnxModel.Attribute;
import java.nio.FloatBuffer;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_dnn.Net;
import org.junit.jupiter.api.Test;

/**
 * The in-memory ONNX encoder (used for R-FACE-9's expression network): protobuf wire bytes checked by hand,
 * and a tiny graph with every operator the network uses, loaded by OpenCV DNN and checked against values
 * worked out on paper.
 */
class OnnxModelTest {
    @Test
    void varintsAndFieldTagsFollowTheProtobufWireFormat() {
        // field 1 varint 300: tag 0x08, then 300 = 0b10_0101100 → 0xAC 0x02
        assertArrayEquals(new byte[] {0x08, (byte) 0xAC, 0x02}, new ProtoWriter().varint(1, 300).toByteArray());
        // a negative int64 is ten bytes (two's complement)
        assertEquals(11, new ProtoWriter().varint(1, -1).toByteArray().length);
        // field 4 string "ab": tag (4 << 3 | 2) = 0x22, length 2
        assertArrayEquals(new byte[] {0x22, 2, 'a', 'b'}, new ProtoWriter().string(4, "ab").toByteArray());
        // field 2 float 1.0f: tag 0x15, 0x3F800000 little-endian
        assertArrayEquals(new byte[] {0x15, 0, 0, (byte) 0x80, 0x3F}, new ProtoWriter().float32(2, 1f).toByteArray());
        // packed int64s 1, 2, 3 in field 8: tag 0x42, length 3
        assertArrayEquals(new byte[] {0x42, 3, 1, 2, 3}, new ProtoWriter().packedVarints(8, 1, 2, 3).toByteArray());
    }

    /**
     * Input 1…16 (1×1×4×4); a stride-2 3×3 convolution with TensorFlow's "same" padding for an even size (no
     * pad top/left, one bottom/right), two output channels and bias; ReLU; a grouped (depthwise) 1×1
     * convolution; Add; global average pooling; Flatten; Gemm; Softmax — the operators and the asymmetric
     * padding of the expression network, with the result worked out by hand below. (A padded 1×1
     * convolution, which the network never uses, came out wrong in OpenCV 4.10, so none is tested.)
     */
    @Test
    void aTinyGraphOfEveryOperatorTheExpressionNetworkUsesGivesTheHandComputedResult() {
        OnnxModel g = new OnnxModel("tiny");
        g.input("x", 1, 1, 4, 4);
        float[] kernels = new float[2 * 9];
        java.util.Arrays.fill(kernels, 0, 9, 1f); // channel 0: sum of the 3×3 window
        kernels[9 + 4] = 1f;                      // channel 1: the centre pixel
        g.initializer("k", kernels, 2, 1, 3, 3);
        g.initializer("b", new float[] {-50f, 0f}, 2);
        String conv = g.node("Conv", List.of("x", "k", "b"), "conv", Attribute.integers("kernel_shape", 3, 3),
                Attribute.integers("strides", 2, 2), Attribute.integers("pads", 0, 0, 1, 1));
        String relu = g.node("Relu", List.of(conv), "relu");
        g.initializer("dw", new float[] {1f, 2f}, 2, 1, 1, 1);
        String dw = g.node("Conv", List.of(relu, "dw"), "dw_out", Attribute.integers("kernel_shape", 1, 1),
                Attribute.integer("group", 2));
        String sum = g.node("Add", List.of(dw, dw), "sum");
        String pooled = g.node("GlobalAveragePool", List.of(sum), "pooled");
        String flat = g.node("Flatten", List.of(pooled), "flat", Attribute.integer("axis", 1));
        g.initializer("w", new float[] {0.1f, 0f, 0f, 0.1f}, 2, 2);
        g.initializer("c", new float[] {0f, 0.5f}, 2);
        String logits = g.node("Gemm", List.of(flat, "w", "c"), "logits");
        g.node("Softmax", List.of(logits), "p", Attribute.integer("axis", 1));
        g.output("p", 1, 2);
        byte[] model = g.toByteArray();

        // By hand. x rows: 1 2 3 4 / 5 6 7 8 / 9 10 11 12 / 13 14 15 16, zero row and column added bottom/right.
        // Windows start at rows/columns 0 and 2: sums 54 (1+2+3+5+6+7+9+10+11), 45 (3+4+7+8+11+12),
        // 72 (9+10+11+13+14+15), 54 (11+12+15+16); −50 → ReLU [4, 0; 22, 4]. Centres x[1][1], x[1][3],
        // x[3][1], x[3][3] = [6, 8; 14, 16]. (Symmetric padding would give other windows: 1+2+5+6 first.)
        // Depthwise ×1, ×2; added to itself: means (8+0+44+8)/4 = 15 and (24+32+56+64)/4 = 44.
        // Gemm → [1.5, 4.4 + 0.5]; softmax.
        double p0 = 1 / (1 + Math.exp(4.9 - 1.5));
        float[] expected = {(float) p0, (float) (1 - p0)};

        BytePointer buffer = new BytePointer(model);
        Net net = opencv_dnn.readNetFromONNX(buffer, model.length);
        buffer.close();
        assertFalse(net.empty());
        try (Mat x = new Mat(new int[] {1, 1, 4, 4}, CV_32F)) {
            FloatBuffer in = x.createBuffer();
            for (int i = 0; i < 16; i++) {
                in.put(i, i + 1);
            }
            net.setInput(x);
            try (Mat out = net.forward()) {
                float[] p = new float[2];
                ((FloatBuffer) out.createBuffer()).get(p);
                assertArrayEquals(expected, p, 1e-5f);
            }
        }
        net.close();
    }
}
