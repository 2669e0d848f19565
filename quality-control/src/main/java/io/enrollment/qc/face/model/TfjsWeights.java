package io.enrollment.qc.face.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.enrollment.qc.face.FaceModelException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * TensorFlow.js weights: a JSON manifest listing each tensor's name, shape and encoding, and one binary
 * file holding them concatenated in manifest order. Float32 tensors are stored as is; uint8-quantised
 * ones as bytes q with value = q·scale + min. Shapes are TensorFlow's (a 2-D convolution filter is
 * height × width × in × out).
 */
final class TfjsWeights {
    /** One tensor, row-major in {@code shape}. */
    record Tensor(int[] shape, float[] values) {
    }

    private final Map<String, Tensor> tensors;

    private TfjsWeights(Map<String, Tensor> tensors) {
        this.tensors = tensors;
    }

    static TfjsWeights parse(byte[] manifestJson, byte[] data) {
        JsonNode manifest;
        try {
            manifest = new ObjectMapper().readTree(manifestJson);
        } catch (IOException e) {
            throw new FaceModelException("unreadable TensorFlow.js weights manifest: " + e.getMessage(), e);
        }
        ByteBuffer in = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        Map<String, Tensor> tensors = new HashMap<>();
        for (JsonNode group : manifest) {
            for (JsonNode w : group.path("weights")) {
                JsonNode shapeNode = w.path("shape");
                int[] shape = new int[shapeNode.size()];
                int n = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = shapeNode.get(i).asInt();
                    n *= shape[i];
                }
                float[] values = new float[n];
                JsonNode q = w.get("quantization");
                if (q != null) {
                    if (!"uint8".equals(q.path("dtype").asText())) {
                        throw new FaceModelException("unsupported weight quantisation " + q.path("dtype").asText());
                    }
                    double scale = q.path("scale").asDouble();
                    double min = q.path("min").asDouble();
                    for (int i = 0; i < n; i++) {
                        values[i] = (float) ((in.get() & 0xFF) * scale + min);
                    }
                } else if ("float32".equals(w.path("dtype").asText())) {
                    in.asFloatBuffer().get(values);
                    in.position(in.position() + 4 * n);
                } else {
                    throw new FaceModelException("unsupported weight type " + w.path("dtype").asText());
                }
                tensors.put(w.path("name").asText(), new Tensor(shape, values));
            }
        }
        if (in.hasRemaining()) {
            throw new FaceModelException("TensorFlow.js weights: " + in.remaining() + " bytes not described by the manifest");
        }
        return new TfjsWeights(tensors);
    }

    Tensor get(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new FaceModelException("TensorFlow.js weights lack " + name);
        }
        return t;
    }
}
