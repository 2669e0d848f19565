package io.enrollment.devices.audio;

/** No usable microphone is connected (loopback and monitor sources do not count). */
public class NoCaptureDeviceException extends AudioDeviceException {
    private static final long serialVersionUID = 1L;

    public NoCaptureDeviceException(String message) {
        super(message);
    }
}
