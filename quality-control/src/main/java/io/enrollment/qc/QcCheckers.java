package io.enrollment.qc;

import java.util.List;

/** The checkers {@code workstation qc} offers, one per modality. */
public final class QcCheckers {
    private QcCheckers() {
    }

    public static List<SampleChecker> all() {
        return List.of(
                // one line per modality: face, voice, finger
                new io.enrollment.qc.fingerprint.FingerprintChecker(),
                new io.enrollment.qc.face.FaceChecker(),
                io.enrollment.qc.voice.VoiceChecker.fromEnvironment()
        );
    }
}
