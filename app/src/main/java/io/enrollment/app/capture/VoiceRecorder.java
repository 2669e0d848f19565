package io.enrollment.app.capture;

import io.enrollment.core.voice.VoicePrompt;
import java.util.function.DoubleConsumer;

/** Records the subject reading a prompt. */
public interface VoiceRecorder {
    /**
     * Records one reading of {@code prompt}, blocking until the take ends (by itself, or {@link #stop()}).
     *
     * @param level receives the level meter (dBFS, every ~50 ms) on the recording thread
     * @throws CaptureException when the microphone cannot deliver
     */
    VoiceTake record(VoicePrompt prompt, DoubleConsumer level) throws CaptureException;

    /** Ends the take in progress (the operator pressed Stop). */
    void stop();

    String description();
}
