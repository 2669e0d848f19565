package io.enrollment.qc.face;

import io.enrollment.qc.face.model.AlignedFace;
import io.enrollment.qc.face.model.ExpressionScores;
import io.enrollment.qc.face.model.FaceDetection;
import io.enrollment.qc.face.model.FaceMesh;
import io.enrollment.qc.face.model.HeadPose;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the models found in one image, before any threshold is applied. The main face is the
 * strongest detection; mesh, pose and aligned crop describe it and are empty when there is no face.
 *
 * @param width    image width, pixels
 * @param height   image height, pixels
 * @param source   storage facts of the image
 * @param faces    every face or fragment the detector found, strongest first
 * @param mesh     landmarks of the main face
 * @param pose     head pose of the main face
 * @param aligned  the main face resampled to the fixed geometry the photometric checks use
 * @param expression  the expression network's probabilities for the main face (on the live path possibly
 *                    from a recent frame, see {@link LiveFaceQc})
 */
public record FaceAnalysis(int width, int height, ImageSource source, List<FaceDetection> faces,
                           Optional<FaceMesh> mesh, Optional<HeadPose> pose, Optional<AlignedFace> aligned,
                           Optional<ExpressionScores> expression) {
    public FaceAnalysis {
        Objects.requireNonNull(source, "source");
        faces = List.copyOf(faces);
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(aligned, "aligned");
        Objects.requireNonNull(expression, "expression");
    }

    /** An analysis without the expression network's output (R-FACE-9's smile-network measure is then NOT_VERIFIED). */
    public FaceAnalysis(int width, int height, ImageSource source, List<FaceDetection> faces,
                        Optional<FaceMesh> mesh, Optional<HeadPose> pose, Optional<AlignedFace> aligned) {
        this(width, height, source, faces, mesh, pose, aligned, Optional.empty());
    }

    /** The same analysis of an image whose storage facts are {@code facts}. */
    public FaceAnalysis withSource(ImageSource facts) {
        return new FaceAnalysis(width, height, facts, faces, mesh, pose, aligned, expression);
    }

    /** The same analysis with {@code scores} as the expression. */
    public FaceAnalysis withExpression(Optional<ExpressionScores> scores) {
        return new FaceAnalysis(width, height, source, faces, mesh, pose, aligned, scores);
    }

    public boolean hasFace() {
        return mesh.isPresent();
    }
}
