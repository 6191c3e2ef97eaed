package org.entente.rdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.entente.claims.ArticleClaims;
import org.entente.claims.ArticleMetadata;
import org.entente.claims.Claim;
import org.entente.claims.Claim.AboutContent;
import org.entente.claims.Claim.EventContent;
import org.entente.claims.Claim.RelationContent;
import org.entente.claims.Entity;
import org.entente.claims.EventRole;
import org.entente.claims.EventSpec;
import org.entente.claims.EventType;
import org.entente.claims.Evidence;
import org.entente.claims.Modality;
import org.entente.claims.ReferenceData;
import org.entente.claims.Relation;
import org.entente.claims.TimeSpec;
import org.entente.ingest.InputException;

/**
 * Writes one article's named graph: the article with its cleaned text, each claim with its
 * modality, attribution and evidence spans, the events the claims are about, and the plain
 * triples of factual relation claims.
 */
final class ArticleGraphBuilder {

    private final IriScheme iris;
    private final ReferenceData reference;
    private final String slug;
    private final Path claimsFile;
    private final QuoteLocator quotes;
    private final Model model = ModelFactory.createDefaultModel();
    private final Resource article;

    ArticleGraphBuilder(IriScheme iris, ReferenceData reference, String slug, String text, Path claimsFile) {
        this.iris = iris;
        this.reference = reference; // with the article's own entities
        this.slug = slug;
        this.claimsFile = claimsFile;
        this.quotes = new QuoteLocator(text);
        this.article = resource(iris.article(slug).getURI());
        article.addProperty(RDF.type, GPO.Article)
                .addProperty(RDF.type, NIF.Context)
                .addProperty(NIF.isString, text);
    }

    ArticleGraphBuilder describe(ArticleMetadata metadata) {
        article.addProperty(DCTerms.title, metadata.title())
                .addProperty(DCTerms.publisher, entity(metadata.publisher()))
                .addLiteral(DCTerms.issued, Literals.of(metadata.issued()))
                .addLiteral(DCTerms.language, model.createTypedLiteral(metadata.language(), XSDDatatype.XSDlanguage));
        metadata.source().ifPresent(source -> article.addProperty(DCTerms.source, resource(source)));
        return this;
    }

    ArticleGraphBuilder add(ArticleClaims claims) {
        // Entities the reference data lacks are published with the article that names them.
        claims.local().forEach(entity -> ReferenceGraph.describe(model, entity, iris));
        Optional<Resource> run = claims.extractor().map(this::extractionRun);
        Set<String> ids = claims.claims().stream().map(Claim::id).collect(Collectors.toSet());
        for (Claim claim : claims.claims()) {
            List<Resource> made = new ArrayList<>(List.of(add(claim)));
            for (Claim derived : partiesOfSigning(claim)) {
                if (!ids.add(derived.id())) {
                    throw fail(claim, "the derived party claim '" + derived.id() + "' clashes with a claim of the same id");
                }
                made.add(add(derived));
            }
            String rule = claims.ruleOfClaim().get(claim.id());
            run.ifPresent(r -> made.forEach(c -> markExtracted(c, r, rule)));
        }
        return this;
    }

    /** The run of the extractor that made this article's claims, and the extractor as a PROV agent. */
    private Resource extractionRun(String extractor) {
        Resource software = resource(iris.software(extractor).getURI())
                .addProperty(RDF.type, PROV.SoftwareAgent)
                .addProperty(RDFS.label, extractor);
        return resource(iris.extraction(slug).getURI())
                .addProperty(RDF.type, PROV.Activity)
                .addProperty(PROV.wasAssociatedWith, software)
                .addProperty(PROV.used, article);
    }

    /** PROV-O for a claim an extractor made: which run, and which rule. */
    private void markExtracted(Resource claim, Resource run, String rule) {
        claim.addProperty(PROV.wasGeneratedBy, run);
        if (rule != null) {
            claim.addProperty(GPO.extractionRule, rule);
        }
    }

    Graph graph() {
        return model.getGraph();
    }

    private Resource add(Claim claim) {
        Resource c = resource(iris.claim(slug, claim.id()).getURI())
                .addProperty(RDF.type, GPO.Claim)
                .addProperty(GPO.statedIn, article)
                .addProperty(GPO.modality, GPO.resource(claim.modality().name()));
        claim.attributedTo().ifPresent(source -> c.addProperty(GPO.attributedTo, entity(source)));
        for (Evidence evidence : claim.evidence()) {
            c.addProperty(GPO.evidence, span(claim, evidence));
        }
        if (claim.content() instanceof RelationContent relation) {
            addRelation(c, relation, claim.modality());
        } else if (claim.content() instanceof EventContent event) {
            c.addProperty(GPO.about, event(event.event()));
        } else if (claim.content() instanceof AboutContent about) {
            c.addProperty(GPO.about, resource(iris.event(slug, about.eventId()).getURI()));
        }
        return c;
    }

    private void addRelation(Resource claim, RelationContent relation, Modality modality) {
        Resource subject = entity(relation.subject());
        Property predicate = GPO.property(relation.relation().name());
        Resource object = entity(relation.object());
        claim.addProperty(RDF.type, RDF.Statement)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, predicate)
                .addProperty(RDF.object, object);
        relation.time().ifPresent(time -> addTime(claim, time));
        if (modality == Modality.Factual) {
            subject.addProperty(predicate, object);
        }
    }

    private Resource event(EventSpec spec) {
        Resource e = resource(iris.event(slug, spec.id()).getURI())
                .addProperty(RDF.type, GPO.resource(spec.type().name()))
                .addProperty(RDFS.label, spec.label().orElseGet(() -> defaultLabel(spec)), "en");
        spec.description().ifPresent(d -> e.addProperty(DCTerms.description, d, "en"));
        spec.purpose().ifPresent(p -> e.addProperty(GPO.purpose, p));
        spec.time().ifPresent(time -> addTime(e, time));
        for (EventRole role : EventRole.values()) {
            Property property = GPO.property(role.property());
            for (String value : spec.role(role)) {
                e.addProperty(property, role.linksEvents()
                        ? resource(iris.event(slug, value).getURI()) : entity(value));
            }
        }
        // The vocabulary asks for agents to be participants too: queries need not know both.
        spec.role(EventRole.AGENT).forEach(agent -> e.addProperty(GPO.participant, entity(agent)));
        return e;
    }

    /** "Visit: Fumio Kishida, Republic of Korea": the type and the actors, for events the file does not label. */
    private String defaultLabel(EventSpec spec) {
        Set<String> actors = new LinkedHashSet<>();
        for (EventRole role : List.of(EventRole.AGENT, EventRole.PARTICIPANTS, EventRole.DESTINATION, EventRole.AGREEMENT)) {
            spec.role(role).forEach(key -> actors.add(reference.find(key).orElseThrow().label()));
        }
        String type = spec.type().name().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
        type = type.charAt(0) + type.substring(1).toLowerCase();
        return actors.isEmpty() ? type : type + ": " + String.join(", ", actors);
    }

    private void addTime(Resource r, TimeSpec time) {
        time.text().ifPresent(text -> r.addProperty(GPO.timeExpression, text));
        time.date().ifPresent(d -> r.addLiteral(GPO.date, Literals.of(d)));
        time.start().ifPresent(d -> r.addLiteral(GPO.startDate, Literals.of(d)));
        time.end().ifPresent(d -> r.addLiteral(GPO.endDate, Literals.of(d)));
        r.addLiteral(GPO.earliest, Literals.of(time.earliest()));
        r.addLiteral(GPO.latest, Literals.of(time.latest()));
    }

    private Resource span(Claim claim, Evidence evidence) {
        QuoteLocator.Span span;
        try {
            span = quotes.locate(evidence);
        } catch (IllegalArgumentException e) {
            throw fail(claim, e.getMessage());
        }
        return resource(iris.span(slug, span.begin(), span.end()).getURI())
                .addProperty(RDF.type, GPO.TextSpan)
                .addProperty(NIF.referenceContext, article)
                .addLiteral(NIF.beginIndex, Literals.count(span.begin()))
                .addLiteral(NIF.endIndex, Literals.count(span.end()))
                .addProperty(NIF.anchorOf, span.anchor());
    }

    /** A signing makes each state or organisation taking part a party to the agreement: one relation claim each. */
    private List<Claim> partiesOfSigning(Claim claim) {
        List<Claim> parties = new ArrayList<>();
        if (claim.content() instanceof EventContent event && event.event().type() == EventType.Signing) {
            List<String> agreements = event.event().role(EventRole.AGREEMENT);
            Set<String> signatories = new LinkedHashSet<>(event.event().role(EventRole.AGENT));
            signatories.addAll(event.event().role(EventRole.PARTICIPANTS));
            // Only states and organisations can be parties; a person signs on their behalf.
            signatories.removeIf(key -> reference.find(key).map(e -> !e.types().contains("State")
                    && !e.types().contains("Organization")).orElse(true));
            for (String agreement : agreements) {
                for (String party : signatories) {
                    parties.add(new Claim(claim.id() + "-party-" + party, claim.line(), claim.modality(),
                            claim.attributedTo(), claim.evidence(),
                            new RelationContent(Relation.partyTo, party, agreement, event.event().time())));
                }
            }
        }
        return parties;
    }

    private Resource entity(String key) {
        Entity entity = reference.find(key).orElseThrow(() -> new IllegalStateException("unchecked key " + key));
        return resource(iris.entity(entity).getURI());
    }

    private Resource resource(String iri) {
        return model.createResource(iri);
    }

    private InputException fail(Claim claim, String message) {
        return InputException.at(claimsFile, claim.line(), "claim '" + claim.id() + "': " + message);
    }
}
