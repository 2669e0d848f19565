package io.enrollment.core.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.enrollment.core.profile.ProfileLoader;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoicePromptGeneratorTest {
    @Test
    void R_VOICE_8_ruProfileGivesEightToTenDigits() {
        VoicePromptGenerator g = VoicePromptGenerator.forProfile(ProfileLoader.builtIn("ru"));
        Set<Integer> lengths = new HashSet<>();
        int[] digitCounts = new int[10];
        for (int i = 0; i < 2000; i++) {
            VoicePrompt p = g.next();
            lengths.add(p.length());
            assertTrue(p.display().matches("[0-9]( [0-9])*"), p.display());
            p.symbols().forEach(c -> digitCounts[c - '0']++);
        }
        assertEquals(Set.of(8, 9, 10), lengths);
        int total = java.util.Arrays.stream(digitCounts).sum();
        for (int count : digitCounts) {
            // each digit near 10 %: a biased source would be guessable
            assertTrue(Math.abs(count - total / 10.0) < total * 0.02, "digit frequency " + count + " of " + total);
        }
    }

    @Test
    void R_VOICE_8_consecutivePromptsDiffer() {
        VoicePromptGenerator g = new VoicePromptGenerator(new SecureRandom(), 10, 10, false);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertTrue(seen.add(g.next().display()), "a 10-digit prompt repeated within 200 draws");
        }
    }

    @Test
    void lettersAppearOnlyWhenAllowed() {
        VoicePromptGenerator g = new VoicePromptGenerator(new SecureRandom(), 10, 10, true);
        boolean letter = false;
        for (int i = 0; i < 50; i++) {
            for (char c : g.next().symbols()) {
                letter |= RussianWords.LETTERS.contains(c);
            }
        }
        assertTrue(letter);
    }

    @Test
    void shownAsDigitsAndRussianWords() {
        VoicePrompt p = VoicePrompt.parse("7 2 9 4 0");
        assertEquals("7 2 9 4 0", p.display());
        assertEquals("семь два девять четыре ноль", p.words());
        assertEquals(p, VoicePrompt.parse("72940"));
        assertEquals("А 5", VoicePrompt.parse("а5").display());
        assertEquals("бэ", RussianWords.word('Б'));
    }

    @Test
    void recognisedWordsMapBackToSymbols() {
        assertEquals('0', RussianWords.symbol("Нуль").orElseThrow());
        assertEquals('2', RussianWords.symbol("две").orElseThrow());
        assertEquals('9', RussianWords.symbol("девять").orElseThrow());
        assertTrue(RussianWords.symbol("hello").isEmpty());
        assertTrue(RussianWords.vocabulary(false).contains("восемь"));
    }

    @Test
    void badPromptsAndSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> VoicePrompt.parse("7 X"));
        assertThrows(IllegalArgumentException.class, () -> VoicePrompt.parse("  "));
        assertThrows(IllegalArgumentException.class, () -> new VoicePromptGenerator(new SecureRandom(), 5, 4, false));
    }
}
