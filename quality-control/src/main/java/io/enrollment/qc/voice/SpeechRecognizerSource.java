package io.enrollment.qc.voice;

import java.nio.file.Path;

/** Where R-VOICE-8/11 get a recogniser from: an installed model, or nowhere (with the reason). */
@FunctionalInterface
public interface SpeechRecognizerSource {
    /**
     * Opens a recogniser; the caller closes it.
     *
     * @throws SpeechRecognitionException with the reason none is available
     */
    SpeechRecognizer open() throws SpeechRecognitionException;

    /** No model is configured; every content check says why and asks the operator to listen. */
    static SpeechRecognizerSource none(String reason) {
        return () -> {
            throw new SpeechRecognitionException(reason);
        };
    }

    /** A Vosk model directory. */
    static SpeechRecognizerSource vosk(Path directory) {
        return () -> VoskSpeechRecognizer.open(directory);
    }
}
