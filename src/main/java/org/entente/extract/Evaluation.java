package org.entente.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.entente.claims.Claim;
import org.entente.claims.EventRole;
import org.entente.claims.EventSpec;
import org.entente.claims.Evidence;
import org.entente.claims.Modality;
import org.entente.claims.PartialDate;
import org.entente.claims.Relation;
import org.entente.claims.TimeSpec;

/**
 * Compares extracted claims with curated ones. Two claims match when
 * <ul>
 *   <li>they are of the same kind: the same relation, or the same event type;</li>
 *   <li>they name the same entities in the same roles: for a relation, the same subject and
 *       object (either way round for the symmetric {@code allyOf}); for an event, every entity
 *       the extracted claim puts in a role is one the curated claim puts in that role (an agent
 *       counts as a participant too), and they share at least one; an extractor that names
 *       fewer roles than a person is not wrong, one that names a wrong entity is;</li>
 *   <li>their evidence overlaps: some quote of one shares characters of the text with some
 *       quote of the other.</li>
 * </ul>
 * A claim about an event another claim defines ({@code about:}) is compared as that event.
 * Each claim matches at most one other; the pairing is a maximum matching, so the order of
 * the claims does not change the figures.
 */
public final class Evaluation {

    /**
     * A claim reduced to what is compared: its kind, its entities by role and its text ranges;
     * its modality and time are reported beside a match, not part of it.
     */
    public record Item(String id, String kind, Modality modality, Optional<TimeSpec> time,
                       Map<String, Set<String>> roles, List<int[]> ranges, String quote) {

        /** The time as a reader compares it: date, span and bounds, not the words. */
        public String when() {
            return time.map(t -> t.date().map(PartialDate::toString).orElse("")
                    + t.start().map(d -> " from " + d).orElse("") + t.end().map(d -> " to " + d).orElse("")
                    + " [" + t.earliest() + ", " + t.latest() + "]").orElse("none");
        }

        public String describe() {
            return id + " [" + kind + "] " + roles + " " + modality.name().toLowerCase() + ": \""
                    + (quote.length() > 100 ? quote.substring(0, 97) + "..." : quote) + "\"";
        }
    }

    public record Pair(Item curated, Item extracted) {}

    /** The outcome for one article. */
    public record Result(String article, List<Item> curated, List<Item> extracted, List<Pair> matched) {

        public List<Item> missed() {
            Set<Item> found = new java.util.HashSet<>();
            matched.forEach(p -> found.add(p.curated()));
            return curated.stream().filter(i -> !found.contains(i)).toList();
        }

        public List<Item> spurious() {
            Set<Item> found = new java.util.HashSet<>();
            matched.forEach(p -> found.add(p.extracted()));
            return extracted.stream().filter(i -> !found.contains(i)).toList();
        }
    }

    private Evaluation() {}

    public static Result compare(String article, String text, List<Claim> curated, List<Claim> extracted) {
        List<Item> gold = items(text, curated);
        List<Item> found = items(text, extracted);
        boolean[][] fits = new boolean[found.size()][gold.size()];
        for (int e = 0; e < found.size(); e++) {
            for (int g = 0; g < gold.size(); g++) {
                fits[e][g] = matches(gold.get(g), found.get(e));
            }
        }
        int[] goldOf = maximumMatching(fits, gold.size());
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (goldOf[g] >= 0) {
                pairs.add(new Pair(gold.get(g), found.get(goldOf[g])));
            }
        }
        return new Result(article, gold, found, pairs);
    }

    static boolean matches(Item curated, Item extracted) {
        if (!curated.kind().equals(extracted.kind())) {
            return false;
        }
        boolean shared = false;
        for (Map.Entry<String, Set<String>> role : extracted.roles().entrySet()) {
            Set<String> gold = curated.roles().getOrDefault(role.getKey(), Set.of());
            if (!gold.containsAll(role.getValue())) {
                return false;
            }
            shared |= !role.getValue().isEmpty();
        }
        if (!shared) {
            return false;
        }
        if (curated.roles().containsKey("subject") && !curated.roles().equals(extracted.roles())) {
            return false; // a relation needs both ends right
        }
        for (int[] a : curated.ranges()) {
            for (int[] b : extracted.ranges()) {
                if (a[0] < b[1] && b[0] < a[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Kuhn's augmenting paths: for each curated claim, the extracted claim paired with it, or -1. */
    private static int[] maximumMatching(boolean[][] fits, int goldCount) {
        int[] goldOf = new int[goldCount];
        Arrays.fill(goldOf, -1);
        for (int e = 0; e < fits.length; e++) {
            augment(e, fits, goldOf, new boolean[goldCount]);
        }
        return goldOf;
    }

    private static boolean augment(int e, boolean[][] fits, int[] goldOf, boolean[] seen) {
        for (int g = 0; g < goldOf.length; g++) {
            if (fits[e][g] && !seen[g]) {
                seen[g] = true;
                if (goldOf[g] < 0 || augment(goldOf[g], fits, goldOf, seen)) {
                    goldOf[g] = e;
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Item> items(String text, List<Claim> claims) {
        Map<String, EventSpec> events = new HashMap<>();
        for (Claim c : claims) {
            if (c.content() instanceof Claim.EventContent e) {
                events.put(e.event().id(), e.event());
            }
        }
        List<Item> items = new ArrayList<>();
        for (Claim c : claims) {
            String kind;
            Optional<TimeSpec> time;
            Map<String, Set<String>> roles = new LinkedHashMap<>();
            if (c.content() instanceof Claim.RelationContent r) {
                kind = r.relation().name();
                time = r.time();
                if (r.relation() == Relation.allyOf) {
                    roles.put("subject", new TreeSet<>(List.of(r.subject(), r.object())));
                } else {
                    roles.put("subject", Set.of(r.subject()));
                    roles.put("object", Set.of(r.object()));
                }
            } else {
                EventSpec event = c.content() instanceof Claim.EventContent e ? e.event()
                        : events.get(((Claim.AboutContent) c.content()).eventId());
                kind = event.type().name();
                time = event.time();
                for (EventRole role : EventRole.values()) {
                    if (!role.linksEvents() && !event.role(role).isEmpty()) {
                        String name = role == EventRole.AGENT ? EventRole.PARTICIPANTS.field() : role.field();
                        roles.computeIfAbsent(name, k -> new LinkedHashSet<>()).addAll(event.role(role));
                    }
                }
                if (!event.role(EventRole.AGENT).isEmpty()) {
                    roles.put(EventRole.AGENT.field(), new LinkedHashSet<>(event.role(EventRole.AGENT)));
                }
            }
            List<int[]> ranges = new ArrayList<>();
            for (Evidence e : c.evidence()) {
                int begin = Quotes.begin(text, e);
                if (begin >= 0) {
                    ranges.add(new int[] {begin, begin + e.quote().length()});
                }
            }
            items.add(new Item(c.id(), kind, c.modality(), time, roles, ranges,
                    c.evidence().isEmpty() ? "" : c.evidence().get(0).quote()));
        }
        return items;
    }
}
