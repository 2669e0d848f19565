package io.enrollment.qc.voice;

import java.util.List;
import java.util.Objects;

/** What a speech recogniser heard: words in order, each with the recogniser's confidence (0…1). */
public record Transcript(List<Word> words) {
    public Transcript {
        words = List.copyOf(words);
    }

    /** One recognised word. */
    public record Word(String text, double confidence) {
        public Word {
            Objects.requireNonNull(text, "text");
            if (!(confidence >= 0 && confidence <= 1)) {
                throw new IllegalArgumentException("confidence must be 0..1: " + confidence);
            }
        }
    }

    /** Mean word confidence; 0 when nothing was recognised. */
    public double meanConfidence() {
        return words.stream().mapToDouble(Word::confidence).average().orElse(0);
    }
}
