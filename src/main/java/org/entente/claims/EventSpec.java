package org.entente.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event as a claims file describes it. {@code roles} maps each role to entity keys, or to
 * event ids of the same article for the roles that link events.
 */
public record EventSpec(String id, EventType type, Optional<String> label, Optional<String> description,
                        Optional<String> purpose, Optional<TimeSpec> time, Map<EventRole, List<String>> roles) {

    public List<String> role(EventRole role) {
        return roles.getOrDefault(role, List.of());
    }
}
