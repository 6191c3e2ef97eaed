package org.entente.extract;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Numbers as news writes them: "two countries", "three years ago", "a year ago", "12 years". */
final class NumberWords {

    private static final List<String> WORDS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private NumberWords() {}

    /** The number a word or digits write ("a" and "an" are one), or empty. */
    static OptionalInt value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("a") || w.equals("an")) {
            return OptionalInt.of(1);
        }
        int at = WORDS.indexOf(w);
        if (at >= 0) {
            return OptionalInt.of(at);
        }
        return w.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(w)) : OptionalInt.empty();
    }
}
