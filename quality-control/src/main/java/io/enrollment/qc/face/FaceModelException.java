package io.enrollment.qc.face;

/**
 * A face model is missing from the build or cannot be loaded. The models are fetched when the
 * {@code quality-control} module is built ({@code scripts/fetch-models.sh}); the workstation never
 * downloads them at run time, so this is an installation fault, not a user error.
 */
public class FaceModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public FaceModelException(String message) {
        super(message);
    }

    public FaceModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
