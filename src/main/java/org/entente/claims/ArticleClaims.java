package org.entente.claims;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a claims file holds: its claims; the entities the article names that the reference data
 * lacks ({@code local}, published in the article's own graph); {@code entities}, the reference
 * data with those added; and, for a file an extractor wrote, the extractor and the rule that
 * produced each claim.
 */
public record ArticleClaims(Optional<String> extractor, ReferenceData entities, List<Entity> local,
                            List<Claim> claims, Map<String, String> ruleOfClaim) {

    /** An article without claims: nothing but the reference data. */
    public static ArticleClaims none(ReferenceData reference) {
        return new ArticleClaims(Optional.empty(), reference, List.of(), List.of(), Map.of());
    }
}
