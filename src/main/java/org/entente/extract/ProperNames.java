package org.entente.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.entente.claims.EntityKind;

/**
 * Names the reference data lacks: runs of capitalised tokens outside the known mentions (a
 * sentence's first word only when tagged a proper noun), given a kind only where the context
 * says which: a title before a person's name ("President Emmanuel Macron"), or the first or last
 * word of an organisation, place, agreement or grouping ("Ministry of Defence", "Liancourt
 * Islands"). A name whose kind the context does not give is left alone rather than guessed. The
 * cue words live in {@code extract/names.yaml}.
 */
final class ProperNames {

    /** An unknown name found in the text: where, as written, and of what kind. */
    /** A name, and its kind when a title or head word gives one. */
    record Name(int begin, int end, String label, Optional<EntityKind> kind) {}

    /** Universal Dependencies tags of words that are never part of a name. */
    private static final Set<String> FUNCTION_TAGS = Set.of("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "INTJ");

    private record File(List<String> titles, Map<String, List<String>> headWords, List<String> notNames,
                        List<String> joiners) {}

    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");

    private final Pattern titleBefore;
    private final Set<String> titleWords = new HashSet<>();
    private final Map<String, EntityKind> headWord = new LinkedHashMap<>();
    private final List<String> joiners;
    private final Set<String> notNames;
    /** Sentences with none of these words and no known entity are not worth tagging. */
    final Pattern cue;

    private ProperNames(File file) {
        titleBefore = Pattern.compile("(?:^|\\W)(?:" + alternatives(file.titles()) + ")\\s+$");
        file.titles().forEach(t -> titleWords.addAll(List.of(t.split(" "))));
        file.headWords().forEach((kind, words) -> words.forEach(w -> headWord.put(w, EntityKind.ofSegment(kind))));
        joiners = file.joiners();
        notNames = Set.copyOf(file.notNames());
        List<String> all = new ArrayList<>(file.titles());
        all.addAll(headWord.keySet());
        cue = Pattern.compile("\\b(?:" + alternatives(all) + ")(?!\\w)");
    }

    private static String alternatives(List<String> words) {
        return String.join("|", words.stream().map(Pattern::quote).toList());
    }

    static ProperNames load(String resource) {
        try (InputStream in = ProperNames.class.getResourceAsStream(resource)) {
            return new ProperNames(Rules.YAML.readValue(in, File.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name cues " + resource, e);
        }
    }

    /**
     * The unknown names of one sentence. {@code tokens} are relative to {@code sentenceBegin};
     * {@code known} are the mentions already found, which no new name may overlap.
     */
    List<Name> find(String text, int sentenceBegin, Span[] tokens, String[] tags, List<Mention> known) {
        List<Name> names = new ArrayList<>();
        boolean[] proper = new boolean[tokens.length];
        for (int k = 0; k < tokens.length; k++) {
            int b = sentenceBegin + tokens[k].getStart();
            int e = sentenceBegin + tokens[k].getEnd();
            proper[k] = Character.isUpperCase(text.charAt(b)) && nameTag(tags[k], k == 0)
                    && known.stream().noneMatch(m -> m.begin() < e && b < m.end());
        }
        int i = 0;
        while (i < tokens.length) {
            if (!proper[i]) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.length && (proper[j] || (joiners.contains(word(text, sentenceBegin, tokens[j]))
                    && j + 1 < tokens.length && proper[j + 1]))) {
                j++;
            }
            int first = i;
            while (first < j - 1 && (titleWords.contains(word(text, sentenceBegin, tokens[first]))
                    || joiners.contains(word(text, sentenceBegin, tokens[first])))) {
                first++; // "President Emmanuel Macron": the title gives the kind, the name is the rest
            }
            int begin = sentenceBegin + tokens[first].getStart();
            int end = sentenceBegin + tokens[j - 1].getEnd();
            while (end > begin && POSSESSIVE.matcher(text).region(begin, end).find()) {
                end -= 2; // "the Commerce Department's list": the name ends before its "'s"
            }
            String firstWord = word(text, sentenceBegin, tokens[first]);
            String lastWord = POSSESSIVE.matcher(word(text, sentenceBegin, tokens[j - 1])).replaceFirst("");
            boolean headAlone = first == j - 1 && headWord.containsKey(lastWord); // "Alliance" names nothing
            boolean calendar = first == j - 1 && notNames.contains(lastWord);
            if (!headAlone && !calendar) {
                names.add(new Name(begin, end, text.substring(begin, end), kindOf(text, begin, firstWord, lastWord)));
            }
            i = j;
        }
        return names;
    }

    private Optional<EntityKind> kindOf(String text, int begin, String firstWord, String lastWord) {
        if (headWord.containsKey(lastWord)) {
            return Optional.of(headWord.get(lastWord));
        }
        if (headWord.containsKey(firstWord)) {
            return Optional.of(headWord.get(firstWord));
        }
        String before = text.substring(Math.max(0, begin - 40), begin);
        return titleBefore.matcher(before).find() && !titleWords.contains(lastWord)
                ? Optional.of(EntityKind.PERSON) : Optional.empty();
    }

    /**
     * Whether a capitalised token's tag allows it in a name. The first word of a sentence is
     * capitalised anyway, so it must be tagged a proper noun; elsewhere the capital says more
     * than the tagger, which reads words of names as nouns, adjectives or even verbs ("Reciprocal
     * Access Agreement", "Wang Yi"), so only function words are refused.
     */
    private static boolean nameTag(String tag, boolean first) {
        return tag.equals("PROPN") || (!first && !FUNCTION_TAGS.contains(tag));
    }

    private static String word(String text, int sentenceBegin, Span token) {
        return text.substring(sentenceBegin + token.getStart(), sentenceBegin + token.getEnd());
    }
}
