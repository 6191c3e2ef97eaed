package org.entente.extract;

import java.util.List;
import java.util.Map;
import org.entente.claims.Claim;
import org.entente.claims.Entity;

/**
 * What the extractor found in one article: the entities it had to mint (names the reference
 * data lacks), the unknown names it could not give a kind (so could not mint), the claims, and
 * for each claim id the id of the rule that produced it.
 */
public record Extraction(List<Entity> newEntities, List<String> namesWithoutKind, List<Claim> claims,
                         Map<String, String> ruleOfClaim) {}
