package io.enrollment.installer;

/**
 * How the enrollment camera is mounted, for the self-check's R-FACE-5 estimate ({@code camera.fov.degrees},
 * {@code camera.distance.cm}).
 *
 * @param fovDegrees horizontal field of view of the lens
 * @param distanceCm distance from the camera to the subject's face
 */
public record CameraSetup(double fovDegrees, double distanceCm) {
    /** A typical 70° webcam with the subject at 45 cm. */
    public static final CameraSetup DEFAULT = new CameraSetup(70, 45);

    public CameraSetup {
        if (!(fovDegrees >= 10 && fovDegrees <= 170)) {
            throw new IllegalArgumentException("camera.fov.degrees: 10-170 degrees (was " + fovDegrees + ")");
        }
        if (!(distanceCm >= 10 && distanceCm <= 500)) {
            throw new IllegalArgumentException("camera.distance.cm: 10-500 cm (was " + distanceCm + ")");
        }
    }
}
