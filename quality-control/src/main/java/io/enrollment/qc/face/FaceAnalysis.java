package io.enrollment.qc.face;

import io.enrollment.qc.face.model.AlignedFace;
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
 */
public record FaceAnalysis(int width, int height, ImageSource source, List<FaceDetection> faces,
                           Optional<FaceMesh> mesh, Optional<HeadPose> pose, Optional<AlignedFace> aligned) {
    public FaceAnalysis {
        Objects.requireNonNull(source, "source");
        faces = List.copyOf(faces);
        Objects.requireNonNull(mesh, "mesh");
        Objects.requireNonNull(pose, "pose");
        Objects.requireNonNull(aligned, "aligned");
    }

    public boolean hasFace() {
        return mesh.isPresent();
    }
}
