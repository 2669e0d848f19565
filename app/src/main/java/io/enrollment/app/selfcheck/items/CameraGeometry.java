package io.enrollment.app.selfcheck.items;

/**
 * How the enrollment camera is set up: its horizontal field of view and the distance of the subject's face.
 *
 * @param horizontalFovDegrees lens field of view across the image width
 * @param workingDistanceMm    camera-to-face distance the workstation is set up for
 */
public record CameraGeometry(double horizontalFovDegrees, double workingDistanceMm) {
    public CameraGeometry {
        if (!(horizontalFovDegrees > 1 && horizontalFovDegrees < 179)) {
            throw new IllegalArgumentException("camera field of view must be 1-179 degrees, was " + horizontalFovDegrees);
        }
        if (!(workingDistanceMm > 50)) {
            throw new IllegalArgumentException("camera working distance must be over 50 mm, was " + workingDistanceMm);
        }
    }
}
