package io.enrollment.qc.voice;

import java.util.ArrayList;
import java.util.List;

/**
 * A recogniser that returns transcripts fixed in advance (no Russian speech model can be obtained on the
 * build machines): the constrained pass returns {@code constrained}, the unconstrained one {@code free}.
 * It records the grammars it was given so tests can check what a real recogniser would be asked.
 */
final class FixedTranscriptRecognizer implements SpeechRecognizer {
    private final Transcript constrained;
    private final Transcript free;
    final List<List<String>> grammars = new ArrayList<>();
    boolean closed;

    FixedTranscriptRecognizer(Transcript constrained, Transcript free) {
        this.constrained = constrained;
        this.free = free;
    }

    static Transcript words(double confidence, String... words) {
        List<Transcript.Word> w = new ArrayList<>();
        for (String s : words) {
            w.add(new Transcript.Word(s, confidence));
        }
        return new Transcript(w);
    }

    @Override
    public Transcript recognise(short[] pcm, int rate, List<String> grammar) {
        grammars.add(grammar);
        return grammar.isEmpty() ? free : constrained;
    }

    @Override
    public void close() {
        closed = true;
    }
}
