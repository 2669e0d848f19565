package io.enrollment.qc.face.model.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds an ONNX model (a serialised {@code ModelProto}) in memory: float tensors only, one graph, the
 * default operator set. Enough to describe a convolutional network whose weights come from another
 * format, so that OpenCV DNN can load it with {@code readNetFromONNX}. Field numbers are those of
 * {@code onnx.proto}.
 */
public final class OnnxModel {
    /** ONNX IR version 7 (ONNX 1.8) with operator set 11: both read by OpenCV 4.x. */
    static final long IR_VERSION = 7;
    static final long OPSET = 11;
    private static final int FLOAT = 1; // TensorProto.DataType.FLOAT

    private final String graphName;
    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();
    private int nodeCount;

    public OnnxModel(String graphName) {
        this.graphName = graphName;
    }

    /** A node attribute: an int64, a list of int64s or a float. */
    public static final class Attribute {
        private final ProtoWriter proto;

        private Attribute(ProtoWriter proto) {
            this.proto = proto;
        }

        public static Attribute integer(String name, long value) {
            return new Attribute(new ProtoWriter().string(1, name).varint(3, value).varint(20, 2)); // type INT
        }

        public static Attribute integers(String name, long... values) {
            return new Attribute(new ProtoWriter().string(1, name).packedVarints(8, values).varint(20, 7)); // INTS
        }

        public static Attribute real(String name, float value) {
            return new Attribute(new ProtoWriter().string(1, name).float32(2, value).varint(20, 1)); // FLOAT
        }
    }

    /** A graph input of the given shape (float). */
    public OnnxModel input(String name, long... dims) {
        inputs.add(valueInfo(name, dims));
        return this;
    }

    /** A graph output of the given shape (float). */
    public OnnxModel output(String name, long... dims) {
        outputs.add(valueInfo(name, dims));
        return this;
    }

    /** A constant tensor (weights), row-major in {@code dims}. */
    public OnnxModel initializer(String name, float[] values, long... dims) {
        long n = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
        if (n != values.length) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for shape " + Arrays.toString(dims));
        }
        ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        initializers.add(new ProtoWriter().packedVarints(1, dims).varint(2, FLOAT).string(8, name).bytes(9, raw.array()));
        return this;
    }

    /** An operator node; returns its single output's name for chaining. */
    public String node(String opType, List<String> in, String out, Attribute... attributes) {
        ProtoWriter node = new ProtoWriter();
        for (String i : in) {
            node.string(1, i);
        }
        node.string(2, out).string(3, opType.toLowerCase() + "_" + nodeCount++).string(4, opType);
        for (Attribute a : attributes) {
            node.message(5, a.proto);
        }
        nodes.add(node);
        return out;
    }

    /** The serialised {@code ModelProto}. */
    public byte[] toByteArray() {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, graphName);
        initializers.forEach(t -> graph.message(5, t));
        inputs.forEach(v -> graph.message(11, v));
        outputs.forEach(v -> graph.message(12, v));
        return new ProtoWriter()
                .varint(1, IR_VERSION)
                .string(2, "enrollment-workstation")
                .message(7, graph)
                .message(8, new ProtoWriter().string(1, "").varint(2, OPSET))
                .toByteArray();
    }

    private static ProtoWriter valueInfo(String name, long... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (long d : dims) {
            shape.message(1, new ProtoWriter().varint(1, d));
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, FLOAT).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }
}
