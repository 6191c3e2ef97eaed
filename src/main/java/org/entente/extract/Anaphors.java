package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anaphors that refer back to actors named before: "Japan and the Philippines ... The two sides
 * also agreed to ...", "Kishida and Xi ... The two leaders had last met in Bangkok", "Hegseth met
 * Marcos ... He flies to Tokyo on Saturday". A plural anaphor stands for the last enumeration
 * of actors that fits it ("the two leaders": two persons; "the three countries": three states;
 * "the two" alone: two actors) in its paragraph or the one before; "they" only for one in its
 * own sentence or the one before. A bare "both" is no anaphor: it mostly qualifies ("China and
 * Russia, both members of ...").
 * "He" and "she" stand for the first person named before them in their sentence, else for the
 * first person named in the sentence before: news puts its subject first.
 */
final class Anaphors {

    private static final Pattern ANAPHOR = Pattern.compile("\\b(?:(they)|(he|she)"
            + "|(?:(both|the two)|the (three|four)|the)(?: (?:(countries|nations|states|governments|allies|neighbou?rs)"
            + "|(leaders|men|ministers)|(sides)))(?!['’])|(the two))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * What may stand between two mentions of one enumeration: commas, "and", and the titles and
     * demonyms before a name ("Fumio Kishida and Chinese President Xi Jinping").
     */
    private static final Pattern JOIN = Pattern.compile(
            "\\s*(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}");
    private static final Set<String> STATES = Set.of("STATE", "CAPITAL", "DEMONYM");
    private static final Set<String> PERSONS = Set.of("PERSON");
    /** "The two sides" are states or organisations, not the persons who speak for them. */
    private static final Set<String> SIDES = Set.of("STATE", "CAPITAL", "DEMONYM", "ORGANIZATION", "COALITION");

    private final Set<String> actorTypes;

    Anaphors(Set<String> actorTypes) {
        this.actorTypes = actorTypes;
    }

    /**
     * The anaphors of {@code text[from, to)} outside the known mentions, each standing for what
     * it refers to; {@code before} are the mentions of the article so far, in order;
     * {@code previousSentenceBegin} is where the sentence before this one begins and
     * {@code previousParagraphBegin} where the paragraph before this one does: a counted anaphor
     * ("the two leaders") reaches no further back.
     */
    List<Mention> find(String text, int from, int to, List<Mention> before, List<Mention> known,
                       int previousSentenceBegin, int previousParagraphBegin) {
        List<Mention> found = new ArrayList<>();
        Matcher a = ANAPHOR.matcher(text).region(from, to);
        while (a.find()) {
            int at = a.start();
            int end = a.end();
            if (known.stream().anyMatch(k -> k.begin() < end && at < k.end()
                    || k.begin() >= end && text.substring(end, k.begin()).isBlank())) {
                continue; // inside a name, or before the names it counts ("both Moscow and Pyongyang")
            }
            List<Mention> earlier = before.stream().filter(m -> m.end() <= at && m.standsFor().isEmpty()).toList();
            List<Mention> antecedents = a.group(2) != null ? person(earlier, from, previousSentenceBegin)
                    : enumeration(text, earlier, a, previousSentenceBegin, previousParagraphBegin);
            if (!antecedents.isEmpty()) {
                Set<String> types = new LinkedHashSet<>();
                antecedents.forEach(m -> types.addAll(m.types()));
                found.add(new Mention(at, end, antecedents.get(0).key(), types, List.of(), antecedents));
            }
        }
        return found;
    }

    /** "He": the first person named before it in its sentence, else in the sentence before. */
    private static List<Mention> person(List<Mention> earlier, int sentenceBegin, int previousSentenceBegin) {
        List<Mention> persons = earlier.stream()
                .filter(m -> m.begin() >= previousSentenceBegin && m.hasAny(PERSONS)).toList();
        List<Mention> sameSentence = persons.stream().filter(m -> m.begin() >= sentenceBegin).toList();
        List<Mention> candidates = sameSentence.isEmpty() ? persons : sameSentence;
        return candidates.isEmpty() ? List.of() : List.of(candidates.get(0));
    }

    /** The last enumeration before the anaphor that has its count and kind, and is near enough. */
    private List<Mention> enumeration(String text, List<Mention> earlier, Matcher a, int previousSentenceBegin,
                                      int previousParagraphBegin) {
        boolean they = a.group(1) != null;
        String counted = a.group(3) != null ? a.group(3) : a.group(4) != null ? a.group(4) : a.group(8);
        int count = counted == null ? 0 : counted.equalsIgnoreCase("both") ? 2
                : NumberWords.value(counted.substring(counted.lastIndexOf(' ') + 1)).orElseThrow();
        Set<String> kind = a.group(5) != null ? STATES : a.group(6) != null ? PERSONS
                : a.group(7) != null ? SIDES : actorTypes;
        if (!they && count == 0 && a.group(5) == null) {
            return List.of(); // "the sides", "the leaders": which ones is not said
        }
        List<Mention> last = List.of();
        for (List<Mention> run : enumerations(text, earlier, kind)) {
            if (run.size() >= 2 && (count == 0 || run.size() == count)) {
                last = run;
            }
        }
        if (last.isEmpty() || last.get(0).begin() < (they ? previousSentenceBegin : previousParagraphBegin)) {
            return List.of();
        }
        return last;
    }

    /** The longest runs of mentions of the kind joined only by commas and "and", in order. */
    private static List<List<Mention>> enumerations(String text, List<Mention> mentions, Set<String> kind) {
        List<List<Mention>> runs = new ArrayList<>();
        List<Mention> run = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.hasAny(kind)) {
                continue; // a demonym between two names is judged with the words around it
            }
            boolean joined = !run.isEmpty()
                    && JOIN.matcher(text).region(run.get(run.size() - 1).end(), m.begin()).matches();
            if (!joined && !run.isEmpty()) {
                runs.add(List.copyOf(run));
                run.clear();
            }
            run.add(m);
        }
        if (!run.isEmpty()) {
            runs.add(List.copyOf(run));
        }
        return runs;
    }
}
