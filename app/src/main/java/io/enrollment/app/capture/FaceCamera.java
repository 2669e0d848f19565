package io.enrollment.app.capture;

/** Where face images come from. */
public interface FaceCamera {
    /**
     * Takes one still.
     *
     * @throws CaptureException when the camera cannot deliver
     */
    Still capture() throws CaptureException;

    /** For display in settings. */
    String description();
}
