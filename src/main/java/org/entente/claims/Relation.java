package org.entente.claims;

/** The relations a relation claim can state; each name is the local name of a gpo property. */
public enum Relation {
    memberOf, partnerOf, leaderOf, headOfStateOf, headOfGovernmentOf, partyTo, allyOf,
    claimsTerritory, subOrganizationOf, operator, locatedIn, replaces
}
