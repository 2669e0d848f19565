package io.enrollment.core.voice;

import io.enrollment.core.profile.Profile;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Generates the sequence a subject reads for one voice capture (R-VOICE-8): its length is drawn
 * uniformly from the profile's {@code voice.prompt.min-length}…{@code max-length}, each symbol uniformly
 * from the digits (and the letters of {@link RussianWords#LETTERS} when {@code voice.prompt.letters=true}),
 * all from a cryptographically strong source, so a recording made earlier cannot be replayed.
 */
public final class VoicePromptGenerator {
    private final RandomGenerator random;
    private final int minLength;
    private final int maxLength;
    private final boolean letters;

    /** A generator for the profile's prompt settings, drawing from a new {@link SecureRandom}. */
    public static VoicePromptGenerator forProfile(Profile profile) {
        return new VoicePromptGenerator(new SecureRandom(),
                Integer.parseInt(profile.setting("voice.prompt.min-length", "8")),
                Integer.parseInt(profile.setting("voice.prompt.max-length", "10")),
                Boolean.parseBoolean(profile.setting("voice.prompt.letters", "false")));
    }

    /**
     * @param random    the source; production code passes a {@link SecureRandom}
     * @throws IllegalArgumentException when the lengths are not 1 ≤ min ≤ max ≤ 32
     */
    public VoicePromptGenerator(RandomGenerator random, int minLength, int maxLength, boolean letters) {
        this.random = Objects.requireNonNull(random, "random");
        if (minLength < 1 || maxLength < minLength || maxLength > 32) {
            throw new IllegalArgumentException("prompt length must satisfy 1 <= min <= max <= 32, was "
                    + minLength + ".." + maxLength);
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.letters = letters;
    }

    /** A new prompt; two calls are independent. */
    public VoicePrompt next() {
        List<Character> alphabet = new ArrayList<>(RussianWords.DIGITS);
        if (letters) {
            alphabet.addAll(RussianWords.LETTERS);
        }
        int length = minLength + random.nextInt(maxLength - minLength + 1);
        List<Character> symbols = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            symbols.add(alphabet.get(random.nextInt(alphabet.size())));
        }
        return new VoicePrompt(symbols);
    }
}
