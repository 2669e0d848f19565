package io.enrollment.qc.voice;

/** The speech model is missing or unusable, or recognition failed; the message says which and why. */
public class SpeechRecognitionException extends Exception {
    private static final long serialVersionUID = 1L;

    public SpeechRecognitionException(String message) {
        super(message);
    }

    public SpeechRecognitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
