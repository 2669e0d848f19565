package io.enrollment.app.capture;

import io.enrollment.core.sample.DeviceInfo;
import io.enrollment.qc.fingerprint.PrintImage;

/** A fingerprint scanner: one image per call. */
public interface FingerprintReader {
    /**
     * Waits for a finger and scans it.
     *
     * @throws CaptureException when the scanner cannot deliver
     */
    PrintImage capture() throws CaptureException;

    DeviceInfo device();

    String description();
}
