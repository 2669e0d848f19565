package io.enrollment.qc.voice;

import java.util.List;

/** A speech recogniser for R-VOICE-8/11, loaded from a model the administrator installed. */
public interface SpeechRecognizer extends AutoCloseable {
    /**
     * @param pcm      16-bit mono samples
     * @param rate     their rate, Hz
     * @param grammar  the only words the recogniser may return (it may also return {@code [unk]});
     *                 empty for unconstrained recognition
     * @throws SpeechRecognitionException when the recogniser fails on this input
     */
    Transcript recognise(short[] pcm, int rate, List<String> grammar) throws SpeechRecognitionException;

    @Override
    void close();
}
