package org.entente.serve.pages;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.entente.rdf.GPO;
import org.entente.rdf.NIF;

/**
 * Claims as the pages show them: what the claim says (its statement or its event), how the
 * article puts it (modality, attribution), and the words behind it, quoted in their sentence.
 */
final class Claims {

    /**
     * The claims about a resource: it is the subject or object of their statement, the event
     * they are about, or takes any part in that event. Ordered by article, then by where in
     * the article their first evidence is.
     */
    private static final String ABOUT = """
            SELECT ?claim (MIN(?begin) AS ?at) (SAMPLE(?article) AS ?in) WHERE {
              { ?claim rdf:subject ?x } UNION { ?claim rdf:object ?x } UNION { ?claim gpo:about ?x }
              UNION { ?claim gpo:about ?event . ?event ?role ?x }
              ?claim a gpo:Claim ; gpo:statedIn ?article ; gpo:evidence/nif:beginIndex ?begin .
            } GROUP BY ?claim ORDER BY ?in ?at ?claim
            """;

    private Claims() {}

    static List<Claim> about(StoreView view, Node resource) {
        return view.select(ABOUT, resource).stream().map(row -> of(view, row.get("claim"))).toList();
    }

    static Claim of(StoreView view, Node claim) {
        String iri = claim.getURI();
        Node modality = view.object(claim, GPO.modality.asNode()).orElseThrow();
        List<Evidence> evidence = view.objects(claim, GPO.evidence.asNode()).stream()
                .sorted(Comparator.comparingInt(span -> begin(view, span)))
                .map(span -> Evidence.in(view.text(view.object(span, NIF.referenceContext.asNode()).orElseThrow()),
                        begin(view, span), Integer.parseInt(view.string(span, NIF.endIndex.asNode()))))
                .toList();
        Node subject = view.object(claim, RDF.subject.asNode()).orElse(null);
        return new Claim(iri.substring(iri.lastIndexOf('/') + 1), view.value(claim),
                view.value(modality), modalityKey(modality),
                view.object(claim, GPO.attributedTo.asNode()).map(view::value).orElse(null),
                view.value(view.object(claim, GPO.statedIn.asNode()).orElseThrow()),
                subject == null ? null : List.of(view.value(subject),
                        view.value(view.object(claim, RDF.predicate.asNode()).orElseThrow()),
                        view.value(view.object(claim, RDF.object.asNode()).orElseThrow())),
                view.object(claim, GPO.about.asNode()).map(view::value).orElse(null),
                evidence, view.properties(claim, Set.of()));
    }

    /** A modality as a key for styles and scripts: {@code factual}, {@code planned}, {@code hypothetical}, {@code negated}. */
    static String modalityKey(Node modality) {
        return modality.getLocalName().toLowerCase(Locale.ROOT);
    }

    private static int begin(StoreView view, Node span) {
        return Integer.parseInt(view.string(span, NIF.beginIndex.asNode()));
    }

    /**
     * One claim on a page. {@code id} is unique within its article (the last segment of its IRI);
     * {@code statement} is subject, predicate, object for a relation claim, else null;
     * {@code event} is what an event claim is about, else null; {@code triples} are all of its
     * own properties.
     */
    record Claim(String id, Value link, Value modality, String modalityKey, Value attribution, Value article,
                 List<Value> statement, Value event, List<Evidence> evidence, List<StoreView.PropertyValues> triples) {}
}
