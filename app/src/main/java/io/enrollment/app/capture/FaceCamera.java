package io.enrollment.app.capture;

/** Where face images come from. */
public interface FaceCamera {
    /**
     * Takes one still (the settings' device test): opens the camera, grabs a frame, releases the camera.
     *
     * @throws CaptureException when the camera cannot deliver
     */
    Still capture() throws CaptureException;

    /**
     * Opens the camera for a live preview. Never fails here: a camera that is missing or goes away is reported
     * by {@link CameraFeed#next()} and retried, so the preview can say so and recover.
     */
    CameraFeed openFeed();

    /** For display in settings. */
    String description();
}
