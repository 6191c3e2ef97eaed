package org.entente.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the Entente geopolitics ontology ({@code ontology/gpo.ttl}), the only place their
 * IRIs are written. Field names are the terms' local names, as in Jena's own vocabulary classes;
 * {@code VocabularyDriftTest} fails when this class and the ontology differ.
 */
public final class GPO {

    public static final String ONTOLOGY_IRI = "https://w3id.org/entente/gpo";
    public static final String NS = ONTOLOGY_IRI + "#";

    private GPO() {}

    // classes
    public static final Resource State = resource("State");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Coalition = resource("Coalition");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Place = resource("Place");
    public static final Resource Territory = resource("Territory");
    public static final Resource Commodity = resource("Commodity");
    public static final Resource MilitaryAsset = resource("MilitaryAsset");
    public static final Resource Event = resource("Event");
    public static final Resource Visit = resource("Visit");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource MilitaryExercise = resource("MilitaryExercise");
    public static final Resource TradeRestriction = resource("TradeRestriction");
    public static final Resource LegalAction = resource("LegalAction");
    public static final Resource Cooperation = resource("Cooperation");
    public static final Resource AgreementEvent = resource("AgreementEvent");
    public static final Resource Signing = resource("Signing");
    public static final Resource Suspension = resource("Suspension");
    public static final Resource Renewal = resource("Renewal");
    public static final Resource Article = resource("Article");
    public static final Resource Claim = resource("Claim");
    public static final Resource TextSpan = resource("TextSpan");
    public static final Resource Modality = resource("Modality");

    // properties
    public static final Property memberOf = property("memberOf");
    public static final Property partnerOf = property("partnerOf");
    public static final Property leaderOf = property("leaderOf");
    public static final Property headOfStateOf = property("headOfStateOf");
    public static final Property headOfGovernmentOf = property("headOfGovernmentOf");
    public static final Property partyTo = property("partyTo");
    public static final Property allyOf = property("allyOf");
    public static final Property claimsTerritory = property("claimsTerritory");
    public static final Property subOrganizationOf = property("subOrganizationOf");
    public static final Property operator = property("operator");
    public static final Property locatedIn = property("locatedIn");
    public static final Property participant = property("participant");
    public static final Property agent = property("agent");
    public static final Property destination = property("destination");
    public static final Property target = property("target");
    public static final Property concerns = property("concerns");
    public static final Property purpose = property("purpose");
    public static final Property forum = property("forum");
    public static final Property agreement = property("agreement");
    public static final Property usesAsset = property("usesAsset");
    public static final Property intermediary = property("intermediary");
    public static final Property location = property("location");
    public static final Property date = property("date");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property earliest = property("earliest");
    public static final Property latest = property("latest");
    public static final Property subEventOf = property("subEventOf");
    public static final Property inResponseTo = property("inResponseTo");
    public static final Property resultOf = property("resultOf");
    public static final Property replaces = property("replaces");
    public static final Property statedIn = property("statedIn");
    public static final Property evidence = property("evidence");
    public static final Property modality = property("modality");
    public static final Property attributedTo = property("attributedTo");
    public static final Property about = property("about");
    public static final Property timeExpression = property("timeExpression");
    public static final Property extractionRule = property("extractionRule");

    // modalities
    public static final Resource Factual = resource("Factual");
    public static final Resource Planned = resource("Planned");
    public static final Resource Hypothetical = resource("Hypothetical");
    public static final Resource Negated = resource("Negated");

    /** The term with this local name: for the claims model's enums, whose names are local names. */
    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }
}
