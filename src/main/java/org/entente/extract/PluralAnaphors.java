package org.entente.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plural anaphors that refer back to an enumeration of actors: "Japan and the Philippines ...
 * The two sides also agreed to ...", "Marcos and Kishida met Biden, where they agreed to ...".
 * An anaphor stands for the last enumeration of two or more actors before it in its paragraph;
 * "they" only for one in its own sentence or the one before, "the two" and "both" only for an
 * enumeration of two.
 */
final class PluralAnaphors {

    private static final Pattern ANAPHOR = Pattern.compile(
            "\\b(?:(they)|(?:both|the two)(?: (?:(countries|nations|states|governments|allies|neighbou?rs)|(leaders|men|ministers)|sides))?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** What "the two countries" can stand for, and "the two leaders". */
    private static final Set<String> STATES = Set.of("STATE", "CAPITAL", "DEMONYM");
    private static final Set<String> PERSONS = Set.of("PERSON");
    /** What may stand between two mentions of one enumeration. */
    private static final Pattern JOIN = Pattern.compile("\\s*(?:,\\s*)?(?:and\\s+)?(?:the\\s+)?");

    private final Set<String> actorTypes;

    PluralAnaphors(Set<String> actorTypes) {
        this.actorTypes = actorTypes;
    }

    /**
     * The anaphors of {@code text[from, to)} outside the known mentions, each standing for the
     * enumeration it refers to; {@code before} are the mentions of the paragraph so far, in
     * order, and {@code previousSentenceBegin} where the sentence before this one begins.
     */
    List<Mention> find(String text, int from, int to, List<Mention> before, List<Mention> known,
                       int previousSentenceBegin) {
        List<Mention> found = new ArrayList<>();
        Matcher a = ANAPHOR.matcher(text).region(from, to);
        while (a.find()) {
            int at = a.start();
            int end = a.end();
            if (known.stream().anyMatch(k -> k.begin() < end && at < k.end()
                    || k.begin() >= end && text.substring(end, k.begin()).isBlank())) {
                continue; // inside a name, or before the names it counts ("both Moscow and Pyongyang")
            }
            List<Mention> antecedents = lastEnumeration(text, before.stream().filter(m -> m.end() <= at).toList());
            boolean they = a.group(1) != null;
            boolean two = !they;
            Set<String> kind = a.group(2) != null ? STATES : a.group(3) != null ? PERSONS : actorTypes;
            if (antecedents.size() < 2 || (two && antecedents.size() != 2)
                    || (they && antecedents.get(0).begin() < previousSentenceBegin)
                    || !antecedents.stream().allMatch(m -> m.hasAny(kind))) {
                continue;
            }
            Set<String> types = new LinkedHashSet<>();
            antecedents.forEach(m -> types.addAll(m.types()));
            found.add(new Mention(at, end, antecedents.get(0).key(), types, List.of(), antecedents));
        }
        return found;
    }

    /** The last run of two or more actor mentions joined only by commas and "and". */
    private List<Mention> lastEnumeration(String text, List<Mention> mentions) {
        List<Mention> run = new ArrayList<>();
        List<Mention> last = List.of();
        for (Mention m : mentions) {
            if (!m.hasAny(actorTypes) || !m.standsFor().isEmpty()) {
                run.clear();
                continue;
            }
            if (!run.isEmpty() && !JOIN.matcher(text).region(run.get(run.size() - 1).end(), m.begin()).matches()) {
                run.clear();
            }
            run.add(m);
            if (run.size() >= 2) {
                last = List.copyOf(run);
            }
        }
        return last;
    }
}
