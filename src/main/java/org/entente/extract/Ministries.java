package org.entente.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.claims.Entity;
import org.entente.claims.EntityKind;
import org.entente.claims.ReferenceData;

/**
 * The ministries and departments of the reference data, found from a minister's title: the
 * Japanese "Foreign Minister" leads the organisation whose name says both ministry (or
 * department) and foreign, and names Japan ("Ministry of Foreign Affairs of Japan", "Japanese
 * Foreign Ministry"). British and American spellings meet ("Defence", "Defense").
 */
final class Ministries {

    private static final Pattern MINISTRY = Pattern.compile("\\b(?:ministry|department|office)\\b");
    /** Title words that name the rank, not the portfolio. */
    private static final Set<String> RANKS = Set.of("minister", "secretary", "deputy", "vice", "state", "acting", "of", "for", "and", "the");

    private record Organisation(String key, List<String> names) {}

    private final ReferenceData reference;
    private final List<Organisation> ministries = new ArrayList<>();

    Ministries(ReferenceData reference) {
        this.reference = reference;
        for (Entity e : reference.entities()) {
            if (e.kind() != EntityKind.ORGANIZATION) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(folded(e.label())));
            e.altLabels().forEach(l -> names.add(folded(l)));
            if (names.stream().anyMatch(n -> MINISTRY.matcher(n).find())) {
                ministries.add(new Organisation(e.key(), names));
            }
        }
    }

    /** The ministry of the state that a minister with this title leads, when exactly one fits. */
    Optional<String> of(String stateKey, String title) {
        Optional<Entity> state = reference.find(stateKey);
        List<String> portfolio = Arrays.stream(folded(title).split(" "))
                .filter(w -> !w.isEmpty() && !RANKS.contains(w)).toList();
        if (state.isEmpty() || portfolio.isEmpty()) {
            return Optional.empty();
        }
        List<String> stateNames = new ArrayList<>(List.of(folded(state.get().label())));
        state.get().altLabels().forEach(l -> stateNames.add(folded(l)));
        state.get().demonyms().forEach(d -> stateNames.add(folded(d)));
        List<String> fits = ministries.stream()
                .filter(o -> o.names().stream().anyMatch(n -> containsWords(n, portfolio)))
                .filter(o -> o.names().stream().anyMatch(n -> stateNames.stream().anyMatch(s -> containsWords(n, List.of(s)))))
                .map(Organisation::key).toList();
        return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
    }

    private static boolean containsWords(String name, List<String> words) {
        String padded = " " + name + " ";
        return words.stream().allMatch(w -> padded.contains(" " + w + " "));
    }

    /** Folded as the gazetteer folds names, and "defense" spelt "defence". */
    private static String folded(String s) {
        return Gazetteer.Folded.of(s).text().replace("defense", "defence");
    }
}
