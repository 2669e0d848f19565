package io.enrollment.devices.camera;

/** A camera cannot be opened or stopped delivering frames; the message says which and why. */
public class CameraException extends Exception {
    private static final long serialVersionUID = 1L;

    public CameraException(String message) {
        super(message);
    }

    public CameraException(String message, Throwable cause) {
        super(message, cause);
    }
}
