package org.entente.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words of one sentence grouped by lemma, as OpenNLP's lemma model reads them in context:
 * "met" is a form of "meet" there, while "meeting" used as a noun is a form of "meeting". A
 * rule's {@code <meet>} matches the forms the sentence has of that lemma.
 */
final class Lemmas {

    static final Lemmas NONE = new Lemmas(new String[0], new String[0]);

    private final Map<String, Set<String>> formsByLemma = new HashMap<>();

    /** The tokens of a sentence and their lemmas, position by position. */
    Lemmas(String[] tokens, String[] lemmas) {
        for (int i = 0; i < tokens.length; i++) {
            formsByLemma.computeIfAbsent(lemmas[i].toLowerCase(Locale.ROOT), l -> new TreeSet<>())
                    .add(tokens[i].toLowerCase(Locale.ROOT));
        }
    }

    /** The sentence's forms of the lemma, lower case and sorted; empty when it has none. */
    List<String> forms(String lemma) {
        return List.copyOf(formsByLemma.getOrDefault(lemma, Set.of()));
    }
}
