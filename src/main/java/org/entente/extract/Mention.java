package org.entente.extract;

import java.util.List;
import java.util.Set;

/**
 * Where the text names an entity: character offsets in the cleaned text (end exclusive), the
 * entity key it stands for and the pattern types it can fill ({@code STATE}, {@code CAPITAL},
 * {@code DEMONYM} ...). {@code inner} holds shorter mentions inside it that the longest match
 * shadowed ("US" inside "US Air Force"), which some rules read. {@code standsFor} is not empty
 * for an anaphor ("the two sides", "he"): the mentions it refers back to, which it stands for
 * in every role.
 */
record Mention(int begin, int end, String key, Set<String> types, List<Mention> inner, List<Mention> standsFor) {

    Mention(int begin, int end, String key, Set<String> types, List<Mention> inner) {
        this(begin, end, key, types, inner, List.of());
    }

    boolean hasAny(Set<String> wanted) {
        for (String type : wanted) {
            if (types.contains(type)) {
                return true;
            }
        }
        return false;
    }
}
