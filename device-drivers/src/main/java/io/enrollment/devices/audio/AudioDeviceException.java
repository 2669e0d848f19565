package io.enrollment.devices.audio;

/** A microphone cannot be found, opened or read; the message says which device and why. */
public class AudioDeviceException extends Exception {
    private static final long serialVersionUID = 1L;

    public AudioDeviceException(String message) {
        super(message);
    }

    public AudioDeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
