package io.enrollment.core.voice;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The sequence the workstation generated for one voice capture (R-VOICE-8): what the subject must read.
 *
 * @param symbols digits {@code 0-9} and, when the profile allows, Russian capital letters
 */
public record VoicePrompt(List<Character> symbols) {
    public VoicePrompt {
        symbols = List.copyOf(symbols);
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one symbol");
        }
        for (char c : symbols) {
            RussianWords.word(c);
        }
    }

    /**
     * Parses the stored form ({@code "7 2 9 4"}); spaces are optional ({@code "7294"} is the same prompt).
     *
     * @throws IllegalArgumentException when it holds a symbol a prompt never contains
     */
    public static VoicePrompt parse(String text) {
        Objects.requireNonNull(text, "text");
        List<Character> symbols = text.chars().filter(c -> !Character.isWhitespace(c))
                .mapToObj(c -> Character.toUpperCase((char) c)).toList();
        return new VoicePrompt(symbols);
    }

    /** The stored and displayed form: symbols separated by single spaces ({@code "7 2 9 4"}). */
    public String display() {
        return symbols.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** The same sequence as Russian words ({@code "семь два девять четыре"}). */
    public String words() {
        return symbols.stream().map(RussianWords::word).collect(Collectors.joining(" "));
    }

    public int length() {
        return symbols.size();
    }

    @Override
    public String toString() {
        return display();
    }
}
