package io.enrollment.qc.voice;

import java.util.Objects;

/**
 * What the microphone driver saw during the take (R-VOICE-9): audio the line dropped (overrun) and
 * whether the take was cut short (device gone, line closed). Stored files checked later do not carry it.
 *
 * @param lostMillis   audio lost to overruns or stalls, milliseconds
 * @param interrupted  the take ended abnormally
 * @param reason       what happened, empty when nothing did
 */
public record CaptureEvidence(double lostMillis, boolean interrupted, String reason) {
    public CaptureEvidence {
        if (!(lostMillis >= 0)) {
            throw new IllegalArgumentException("lost audio must be >= 0 ms: " + lostMillis);
        }
        reason = Objects.requireNonNullElse(reason, "");
    }
}
