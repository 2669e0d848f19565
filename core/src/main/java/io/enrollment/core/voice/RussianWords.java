package io.enrollment.core.voice;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the prompt's symbols are read aloud in Russian: digits as number words, letters by their spoken
 * names. Shared by the prompt screen (what to read) and the speech check (the recogniser's grammar).
 */
public final class RussianWords {
    private static final Map<Character, String> WORDS = Map.ofEntries(
            Map.entry('0', "ноль"), Map.entry('1', "один"), Map.entry('2', "два"), Map.entry('3', "три"),
            Map.entry('4', "четыре"), Map.entry('5', "пять"), Map.entry('6', "шесть"), Map.entry('7', "семь"),
            Map.entry('8', "восемь"), Map.entry('9', "девять"),
            Map.entry('А', "а"), Map.entry('Б', "бэ"), Map.entry('В', "вэ"), Map.entry('Г', "гэ"),
            Map.entry('Д', "дэ"), Map.entry('Е', "е"), Map.entry('Ж', "жэ"), Map.entry('З', "зэ"),
            Map.entry('И', "и"), Map.entry('К', "ка"), Map.entry('Л', "эль"), Map.entry('М', "эм"),
            Map.entry('Н', "эн"), Map.entry('О', "о"), Map.entry('П', "пэ"), Map.entry('Р', "эр"),
            Map.entry('С', "эс"), Map.entry('Т', "тэ"), Map.entry('У', "у"), Map.entry('Ф', "эф"),
            Map.entry('Х', "ха"), Map.entry('Ц', "цэ"), Map.entry('Ч', "че"), Map.entry('Ш', "ша"),
            Map.entry('Э', "э"), Map.entry('Ю', "ю"), Map.entry('Я', "я"));
    /** Other spellings a recogniser may return for the same symbol. */
    private static final Map<String, Character> VARIANTS = Map.of("нуль", '0', "одна", '1', "две", '2');

    /** Digits, in order. */
    public static final List<Character> DIGITS = List.of('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    /**
     * Letters the generator may use: those with a distinct spoken name. Ё, Й, Ъ, Ь, Ы, Щ are left out
     * (silent, rarely named, or easily confused with a neighbour).
     */
    public static final List<Character> LETTERS = List.of('А', 'Б', 'В', 'Г', 'Д', 'Е', 'Ж', 'З', 'И', 'К', 'Л',
            'М', 'Н', 'О', 'П', 'Р', 'С', 'Т', 'У', 'Ф', 'Х', 'Ц', 'Ч', 'Ш', 'Э', 'Ю', 'Я');

    private RussianWords() {
    }

    /**
     * The spoken word for one prompt symbol.
     *
     * @throws IllegalArgumentException for a symbol the prompt never contains
     */
    public static String word(char symbol) {
        String w = WORDS.get(symbol);
        if (w == null) {
            throw new IllegalArgumentException("no Russian word for prompt symbol '" + symbol + "'");
        }
        return w;
    }

    /** The symbol a spoken word stands for, accepting common variants ("нуль", "две"); empty for any other word. */
    public static Optional<Character> symbol(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        Character v = VARIANTS.get(w);
        if (v != null) {
            return Optional.of(v);
        }
        return WORDS.entrySet().stream().filter(e -> e.getValue().equals(w)).map(Map.Entry::getKey).findFirst();
    }

    /** Every word {@link #symbol} accepts, for a recogniser grammar. */
    public static List<String> vocabulary(boolean withLetters) {
        java.util.List<String> all = new java.util.ArrayList<>();
        DIGITS.forEach(d -> all.add(WORDS.get(d)));
        all.addAll(VARIANTS.keySet().stream().sorted().toList());
        if (withLetters) {
            LETTERS.forEach(l -> all.add(WORDS.get(l)));
        }
        return List.copyOf(all);
    }
}
