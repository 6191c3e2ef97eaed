package org.entente.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.entente.claims.Entity;
import org.entente.claims.EntityKind;

/**
 * Finds the reference entities a text names, by their labels, altLabels, hiddenLabels and
 * demonyms, with one Aho-Corasick pass over a folded copy of the text: lower case, every run of
 * punctuation and spaces one space, so that "US – Republic of Korea – Japan format", "FA -18" and
 * "People’s" meet the labels as the reference data spells them. Short all-capital labels
 * ("US", "UK") must match in case: folded, they would be the pronoun "us".
 */
final class Gazetteer {

    private record Target(String key, Set<String> types, String label) {}

    private final Trie trie;
    private final Map<String, List<Target>> targets = new HashMap<>();

    Gazetteer(Iterable<Entity> entities) {
        for (Entity e : entities) {
            Set<String> types = typesOf(e);
            List<String> labels = new ArrayList<>(e.altLabels());
            labels.add(e.label());
            labels.addAll(e.hiddenLabels());
            labels.forEach(l -> add(l, new Target(e.key(), types, l)));
            e.demonyms().forEach(d -> add(d, new Target(e.key(), Set.of("DEMONYM"), d)));
        }
        trie = Trie.builder().onlyWholeWords().addKeywords(targets.keySet()).build();
    }

    /** The pattern types of an entity: its classes, upper case, plus CAPITAL for a capital. */
    static Set<String> typesOf(Entity e) {
        Set<String> types = new LinkedHashSet<>();
        for (String type : e.types()) {
            types.add(type.equals("MilitaryAsset") ? "ASSET" : type.toUpperCase());
            if (type.equals("Territory")) {
                types.add("PLACE");
            }
        }
        if (e.kind() == EntityKind.PLACE && e.capitalOf().isPresent()) {
            types.add("CAPITAL");
        }
        return types;
    }

    private void add(String label, Target target) {
        String folded = Folded.of(label).text();
        if (!folded.isEmpty()) {
            targets.computeIfAbsent(folded, k -> new ArrayList<>()).add(target);
        }
    }

    /** The longest mentions that do not overlap, in text order, each with what it shadows. */
    List<Mention> find(String text, int from, int to) {
        Folded folded = Folded.of(text.substring(from, to));
        List<Mention> all = new ArrayList<>();
        for (Emit emit : trie.parseText(folded.text())) {
            int begin = from + folded.original(emit.getStart());
            int end = from + folded.originalEnd(emit.getEnd());
            String written = text.substring(begin, end);
            for (Target t : targets.get(emit.getKeyword())) {
                if (!caseSensitive(t.label()) || letters(written).equals(letters(t.label()))) {
                    all.add(new Mention(begin, end, t.key(), t.types(), List.of()));
                    break;
                }
            }
        }
        List<Mention> kept = new ArrayList<>();
        for (Mention m : longestFirst(all)) {
            List<Mention> inner = longestFirst(all.stream()
                    .filter(o -> o != m && o.begin() >= m.begin() && o.end() <= m.end() && !o.key().equals(m.key()))
                    .toList());
            kept.add(new Mention(m.begin(), m.end(), m.key(), m.types(), inner));
        }
        return kept;
    }

    /** Of overlapping mentions the longest wins; the result is in text order. */
    private static List<Mention> longestFirst(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.end() - m.begin()).reversed()
                .thenComparingInt(Mention::begin));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : sorted) {
            if (kept.stream().noneMatch(k -> k.begin() < m.end() && m.begin() < k.end())) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::begin));
        return kept;
    }

    /** The letters of a name as written: "U.S." and "US" are both "US", "us" is not. */
    private static String letters(String name) {
        return name.replaceAll("[^\\p{L}]", "");
    }

    private static boolean caseSensitive(String label) {
        return label.length() <= 4 && label.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** A text folded for matching, with the way back to the original offsets. */
    record Folded(String text, int[] starts, int[] ends) {

        static Folded of(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int[] starts = new int[s.length() + 1];
            int[] ends = new int[s.length() + 1];
            boolean space = true;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    starts[out.length()] = i;
                    ends[out.length()] = i + 1;
                    out.append(Character.toLowerCase(c));
                    space = false;
                } else if (!space) {
                    starts[out.length()] = i;
                    ends[out.length()] = i + 1;
                    out.append(' ');
                    space = true;
                }
            }
            int n = out.length();
            if (n > 0 && out.charAt(n - 1) == ' ') {
                out.setLength(n - 1);
            }
            return new Folded(out.toString(), starts, ends);
        }

        int original(int folded) {
            return starts[folded];
        }

        /** The original end (exclusive) of the folded character at {@code foldedInclusive}. */
        int originalEnd(int foldedInclusive) {
            return ends[foldedInclusive];
        }
    }
}
