package org.entente.export;

import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Turns Jena nodes into RDF4J values, so that Rio writes what the Jena store holds. */
final class JenaToRdf4j {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private JenaToRdf4j() {}

    static Value value(Node node) {
        if (node.isURI()) {
            return VF.createIRI(node.getURI());
        }
        if (node.isBlank()) {
            return VF.createBNode(node.getBlankNodeLabel());
        }
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return lang.isEmpty()
                    ? VF.createLiteral(node.getLiteralLexicalForm(), VF.createIRI(node.getLiteralDatatypeURI()))
                    : VF.createLiteral(node.getLiteralLexicalForm(), lang);
        }
        throw new IllegalArgumentException("cannot export node " + node);
    }

    static Resource resource(Node node) {
        return (Resource) value(node);
    }

    static org.eclipse.rdf4j.model.IRI iri(Node node) {
        return VF.createIRI(node.getURI());
    }

    static org.eclipse.rdf4j.model.Statement statement(Node graph, Node s, Node p, Node o) {
        return graph == null
                ? VF.createStatement(resource(s), iri(p), value(o))
                : VF.createStatement(resource(s), iri(p), value(o), resource(graph));
    }
}
