package io.enrollment.qc.face.capture;

import io.enrollment.core.Bytes;
import io.enrollment.core.quality.QualityReport;
import java.util.Objects;

/** What auto-capture made of one frame: guidance to show, or the captured portrait. */
public sealed interface CaptureOutcome {
    /** The per-frame verdict of the frame just offered. */
    QualityReport frameReport();

    /**
     * Not yet: show {@code message} (one at a time).
     *
     * @param message      what the subject should do, or {@link GuidanceMessage#HOLD_ON} during a good run
     * @param stableFrames length of the current run of frames that pass every rule
     */
    record Guidance(GuidanceMessage message, int stableFrames, QualityReport frameReport) implements CaptureOutcome {
        public Guidance {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(frameReport, "frameReport");
        }
    }

    /**
     * Captured: the JPEG as stored (encoded once from the sharpest frame of the run, only cropped), its
     * report as stored (R-FACE-1…13 re-checked on the stored bytes) and its SHA-256.
     */
    record Captured(byte[] jpeg, int width, int height, QualityReport storedReport, String sha256,
                    QualityReport frameReport) implements CaptureOutcome {
        public Captured {
            jpeg = jpeg.clone();
            Objects.requireNonNull(storedReport, "storedReport");
        }

        @Override
        public byte[] jpeg() {
            return Bytes.copy(jpeg);
        }

        @Override
        public String toString() {
            return "Captured[" + width + "x" + height + ", " + jpeg.length + " bytes, " + storedReport.verdict() + "]";
        }
    }
}
