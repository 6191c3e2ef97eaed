package org.entente.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.rdf.GPO;
import org.entente.rdf.Ontology;

/**
 * {@code /ontology}: the documentation of the gpo: ontology as shipped in the jar, one entry
 * per term with an anchor by its local name (so {@code gpo:State} is {@code /ontology#State}).
 * Terms are named by their short form here, since this page is about names.
 */
final class OntologyPage implements PageServlet.Handler {

    private final Model ontology = ModelFactory.createModelForGraph(Ontology.graph());
    private final Map<String, Object> model;

    OntologyPage(Links links) {
        Resource header = ontology.getResource(GPO.ONTOLOGY_IRI);
        model = new LinkedHashMap<>();
        model.put("title", string(header, DCTerms.title));
        model.put("iri", GPO.ONTOLOGY_IRI);
        model.put("version", string(header, OWL.versionInfo));
        model.put("description", string(header, DCTerms.description));
        model.put("sections", List.of(
                section("Classes", "classes", OWL.Class, links),
                section("Object properties", "object-properties", OWL.ObjectProperty, links),
                section("Datatype properties", "datatype-properties", OWL.DatatypeProperty, links),
                section("Individuals", "individuals", OWL2.NamedIndividual, links)));
    }

    /** The ontology in the jar does not change while the server runs: one model for every request. */
    @Override
    public Page handle(HttpServletRequest request, StoreView view) {
        return Page.of("ontology", "ontology", model);
    }

    private Section section(String title, String id, Resource type, Links links) {
        List<Term> terms = ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(t -> t.isURIResource() && t.getURI().startsWith(GPO.NS))
                .sorted(Comparator.comparing(Resource::getLocalName))
                .map(t -> new Term(t.getLocalName(), links.shortForm(t.getURI()), t.getURI(),
                        string(t, RDFS.label), string(t, RDFS.comment),
                        terms(t, links, RDF.type).stream().filter(v -> !v.iri().equals(type.getURI())).toList(),
                        terms(t, links, RDFS.subClassOf, RDFS.subPropertyOf), terms(t, links, OWL.inverseOf),
                        domainOrRange(t, RDFS.domain, links), domainOrRange(t, RDFS.range, links),
                        terms(t, links, SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)))
                .toList();
        return new Section(title, id, terms);
    }

    /** The named terms a term points at with any of {@code properties}. */
    private List<Value> terms(Resource term, Links links, Property... properties) {
        return Stream.of(properties).flatMap(p -> term.listProperties(p).toList().stream()).map(Statement::getObject)
                .filter(RDFNode::isURIResource).map(o -> link(o.asResource(), links))
                .sorted(Comparator.comparing(Value::text)).toList();
    }

    /** A domain or range: one class, or the classes of an {@code owl:unionOf}, any of which it may be. */
    private List<Value> domainOrRange(Resource term, Property property, Links links) {
        Statement s = term.getProperty(property);
        if (s == null) {
            return List.of();
        }
        Resource range = s.getResource();
        if (range.hasProperty(OWL.unionOf)) {
            return range.getProperty(OWL.unionOf).getList().asJavaList().stream().map(m -> link(m.asResource(), links)).toList();
        }
        return List.of(link(range, links));
    }

    private static Value link(Resource term, Links links) {
        return links.value(term.asNode(), links.shortForm(term.getURI()));
    }

    private static String string(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        return s == null ? null : s.getString();
    }

    record Section(String title, String id, List<Term> terms) {}

    /**
     * One term: {@code types} are its other types (functional, symmetric, the class of an
     * individual); {@code superTerms} its super-classes or super-properties; {@code domain} and
     * {@code range} list the classes it may have, any of them; {@code matches} its alignments
     * to other vocabularies (SKOS mapping properties).
     */
    record Term(String anchor, String name, String iri, String label, String comment, List<Value> types,
                List<Value> superTerms, List<Value> inverseOf, List<Value> domain, List<Value> range,
                List<Value> matches) {}
}
