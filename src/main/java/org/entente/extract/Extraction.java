package org.entente.extract;

import java.util.List;
import java.util.Map;
import org.entente.claims.Claim;
import org.entente.claims.Entity;

/**
 * What the extractor found in one article: the entities it had to mint (names the reference
 * data lacks), the claims, and for each claim id the id of the rule that produced it.
 */
public record Extraction(List<Entity> newEntities, List<Claim> claims, Map<String, String> ruleOfClaim) {}
