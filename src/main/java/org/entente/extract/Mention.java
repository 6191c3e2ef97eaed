package org.entente.extract;

import java.util.List;
import java.util.Set;
import org.entente.claims.Entity;
import org.entente.claims.EventRole;
import org.entente.claims.ReferenceData;

/**
 * Where the text names an entity: character offsets in the cleaned text (end exclusive), the
 * entity key it stands for and the pattern types it can fill ({@code STATE}, {@code CAPITAL},
 * {@code DEMONYM} ...). {@code inner} holds shorter mentions inside it that the longest match
 * shadowed ("US" inside "US Air Force"), which some rules read. {@code standsFor} is not empty
 * for an anaphor ("the two sides", "he"): the mentions it refers back to, which it stands for
 * in every role.
 */
record Mention(int begin, int end, String key, Set<String> types, List<Mention> inner, List<Mention> standsFor) {

    /** The types of a mention that can stand for an actor: a state, person, organisation or coalition. */
    static final Set<String> ACTOR_TYPES =
            Set.of("STATE", "CAPITAL", "DEMONYM", "ORGANIZATION", "COALITION", "PERSON");
    private static final Set<EventRole> PLACE_ROLES = Set.of(EventRole.DESTINATION, EventRole.LOCATION);

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

    /**
     * The entity keys the mention stands for in a role: a demonym is its state; a capital is its
     * state as an actor, a place as a location, and both as the destination of a visit.
     */
    List<String> resolve(ReferenceData reference, Set<String> slotTypes, EventRole role) {
        if (!standsFor.isEmpty()) {
            return standsFor.stream().flatMap(m -> m.resolve(reference, slotTypes, role).stream()).distinct().toList();
        }
        if (types.contains("DEMONYM")) {
            return List.of(key);
        }
        if (types.contains("CAPITAL")) {
            String state = reference.find(key).flatMap(Entity::capitalOf).orElseThrow();
            if (role == EventRole.DESTINATION) {
                return List.of(state, key);
            }
            boolean asActor = role == null ? slotTypes.contains("STATE") : !PLACE_ROLES.contains(role);
            return List.of(asActor ? state : key);
        }
        return List.of(key);
    }
}
