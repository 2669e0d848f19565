package io.enrollment.app.enroll;

import io.enrollment.app.capture.FaceCamera;
import io.enrollment.app.capture.FingerprintReader;
import io.enrollment.app.capture.VoiceRecorder;
import java.util.Objects;
import java.util.Optional;

/** The capture devices of this workstation; a profile without a modality has no device for it. */
public record CaptureDevices(FaceCamera camera, Optional<VoiceRecorder> microphone, Optional<FingerprintReader> scanner) {
    public CaptureDevices {
        Objects.requireNonNull(camera, "camera");
        Objects.requireNonNull(microphone, "microphone");
        Objects.requireNonNull(scanner, "scanner");
    }
}
