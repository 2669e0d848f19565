package io.enrollment.app.enroll;

/** Where a capture step stands. */
public enum CaptureState {
    /** Nothing captured yet (or a retake was asked for). */
    READY,
    /** Capturing and checking, off the UI thread. */
    WORKING,
    /** The last capture failed quality control; attempts remain. */
    RETRY,
    /** Every attempt failed: the capture was recorded as rejected; the officer may start over or cancel. */
    REJECTED,
    /** The capture passed and waits for (or has) the officer's confirmation. */
    PASSED,
    /** The device or a check could not run; the message says why. */
    ERROR
}
