package org.entente.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Persons named again by one part of their name once an article has named them in full: news
 * writes "Fumio Kishida" first and "Kishida" after, "Yoon Suk Yeol" then "Yoon". The first and
 * last word of the name as the article wrote it stand for the person from there on, in their
 * capitalised form only, unless two persons of the article share the word. One instance serves
 * one article.
 */
final class ShortNames {

    private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]+");

    /** Each short name and the full mention that taught it; {@code shared} the ones two persons have. */
    private final Map<String, Mention> byWord = new HashMap<>();
    private final Set<String> shared = new HashSet<>();
    private final Set<String> personTypes;

    /** @param personTypes the types a person's mention has */
    ShortNames(Set<String> personTypes) {
        this.personTypes = personTypes;
    }

    /** Learns the short names of the persons named in full in the range. */
    void learn(String text, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!m.hasAny(personTypes)) {
                continue;
            }
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(text).region(m.begin(), m.end());
            while (w.find()) {
                words.add(w.group());
            }
            if (words.size() < 2) {
                continue;
            }
            for (String word : List.of(words.get(0), words.get(words.size() - 1))) {
                Mention known = byWord.putIfAbsent(word, m);
                if (known != null && !known.key().equals(m.key())) {
                    shared.add(word);
                }
            }
        }
    }

    /**
     * Mentions of the learned short names in {@code text[from, to)} outside the given mentions,
     * each after the full name it shortens.
     */
    List<Mention> find(String text, int from, int to, List<Mention> known) {
        List<Mention> found = new ArrayList<>();
        if (byWord.isEmpty()) {
            return found;
        }
        Matcher w = WORD.matcher(text).region(from, to);
        while (w.find()) {
            Mention full = byWord.get(w.group());
            int at = w.start();
            if (full != null && !shared.contains(w.group()) && full.end() <= at
                    && known.stream().noneMatch(k -> k.begin() <= at && at < k.end())) {
                found.add(new Mention(at, w.end(), full.key(), full.types(), List.of()));
            }
        }
        return found;
    }
}
