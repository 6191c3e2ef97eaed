package org.entente.claims;

import java.util.List;
import java.util.Optional;

/**
 * A shared entity of the reference data: its key (the slug of its IRI), kind, classes (local
 * names of gpo classes), labels and, where known for certain, its Wikidata QID. Demonyms and
 * the state a capital stands for serve extraction and are not published.
 */
public record Entity(String key, EntityKind kind, List<String> types, String label, List<String> altLabels,
                     List<String> hiddenLabels, Optional<String> wikidata, List<String> demonyms,
                     Optional<String> capitalOf) {

    /** The gpo classes an entity may have. */
    public static final List<String> CLASSES = List.of("State", "Person", "Organization", "Coalition",
            "Agreement", "Place", "Territory", "Commodity", "MilitaryAsset");
}
