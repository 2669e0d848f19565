package io.enrollment.qc.face.model;

import io.enrollment.qc.face.FaceModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * MediaPipe's canonical face model: the 468 mesh vertices of an average frontal head in centimetres
 * (x to the viewer's right, y up, z towards the viewer), and the landmark weights MediaPipe uses for its
 * Procrustes fit. Read from {@code geometry_pipeline_metadata_landmarks.binarypb} (a protobuf
 * {@code GeometryPipelineMetadata}: canonical_mesh = 1, procrustes_landmark_basis = 2) with a minimal
 * wire-format reader.
 */
public final class CanonicalFaceModel {
    static final String MODEL = "geometry_pipeline_metadata_landmarks.binarypb";
    private static final int FLOATS_PER_VERTEX = 5; // VERTEX_PT: x, y, z, u, v

    private final double[][] vertices;
    private final int[] basisIds;
    private final double[] basisWeights;

    private CanonicalFaceModel(double[][] vertices, int[] basisIds, double[] basisWeights) {
        this.vertices = vertices;
        this.basisIds = basisIds;
        this.basisWeights = basisWeights;
    }

    /** Loads the model packaged by the build. */
    public static CanonicalFaceModel load() {
        return parse(ModelResource.read(MODEL));
    }

    static CanonicalFaceModel parse(byte[] data) {
        List<int[]> basis = new ArrayList<>();
        List<Float> basisW = new ArrayList<>();
        List<Float> vertexBuffer = new ArrayList<>();
        Wire top = new Wire(data, 0, data.length);
        while (top.more()) {
            int tag = top.varint32();
            int field = tag >>> 3;
            if (field == 2 && (tag & 7) == 2) {
                Wire ref = top.message();
                int id = -1;
                float w = 0;
                while (ref.more()) {
                    int t = ref.varint32();
                    if (t == (1 << 3)) {
                        id = ref.varint32();
                    } else if (t == ((2 << 3) | 5)) {
                        w = ref.float32();
                    } else {
                        ref.skip(t & 7);
                    }
                }
                basis.add(new int[] {id});
                basisW.add(w);
            } else if (field == 1 && (tag & 7) == 2) {
                Wire mesh = top.message();
                while (mesh.more()) {
                    int t = mesh.varint32();
                    if (t == ((3 << 3) | 2)) {
                        Wire packed = mesh.message();
                        while (packed.more()) {
                            vertexBuffer.add(packed.float32());
                        }
                    } else if (t == ((3 << 3) | 5)) {
                        vertexBuffer.add(mesh.float32());
                    } else {
                        mesh.skip(t & 7);
                    }
                }
            } else {
                top.skip(tag & 7);
            }
        }
        if (vertexBuffer.size() != FaceMesh.POINTS * FLOATS_PER_VERTEX || basis.isEmpty()) {
            throw new FaceModelException(MODEL + " is not the canonical face model (" + vertexBuffer.size()
                    + " vertex floats, " + basis.size() + " basis landmarks)");
        }
        double[][] v = new double[FaceMesh.POINTS][3];
        for (int i = 0; i < FaceMesh.POINTS; i++) {
            for (int k = 0; k < 3; k++) {
                v[i][k] = vertexBuffer.get(i * FLOATS_PER_VERTEX + k);
            }
        }
        int[] ids = basis.stream().mapToInt(a -> a[0]).toArray();
        double[] weights = basisW.stream().mapToDouble(Float::doubleValue).toArray();
        return new CanonicalFaceModel(v, ids, weights);
    }

    /** Vertex {@code i}: {x, y, z} in centimetres. */
    public double[] vertex(int i) {
        return vertices[i].clone();
    }

    /** Landmark ids of MediaPipe's Procrustes basis. */
    public int[] basisIds() {
        return basisIds.clone();
    }

    /** Weights of the Procrustes basis landmarks, in the order of {@link #basisIds()}. */
    public double[] basisWeights() {
        return basisWeights.clone();
    }

    /** A protobuf wire-format cursor over part of a byte array. */
    private static final class Wire {
        private final byte[] data;
        private int pos;
        private final int end;

        Wire(byte[] data, int pos, int end) {
            this.data = data;
            this.pos = pos;
            this.end = end;
        }

        boolean more() {
            return pos < end;
        }

        long varint() {
            long result = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = next();
                result |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return result;
                }
            }
            throw new FaceModelException(MODEL + ": malformed varint");
        }

        int varint32() {
            return (int) varint();
        }

        float float32() {
            int bits = (next() & 0xFF) | (next() & 0xFF) << 8 | (next() & 0xFF) << 16 | (next() & 0xFF) << 24;
            return Float.intBitsToFloat(bits);
        }

        Wire message() {
            int length = varint32();
            if (length < 0 || pos + length > end) {
                throw new FaceModelException(MODEL + ": truncated message");
            }
            Wire w = new Wire(data, pos, pos + length);
            pos += length;
            return w;
        }

        void skip(int wireType) {
            switch (wireType) {
                case 0 -> varint();
                case 1 -> pos += 8;
                case 2 -> message();
                case 5 -> pos += 4;
                default -> throw new FaceModelException(MODEL + ": unknown wire type " + wireType);
            }
        }

        private byte next() {
            if (pos >= end) {
                throw new FaceModelException(MODEL + ": truncated");
            }
            return data[pos++];
        }
    }
}
