package org.entente.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;

/** The ontology and its SHACL shapes, as shipped in the jar from {@code ontology/}. */
public final class Ontology {

    private Ontology() {}

    /** The ontology is published in the graph named by its own IRI. */
    public static Node graphName() {
        return NodeFactory.createURI(GPO.ONTOLOGY_IRI);
    }

    public static Graph graph() {
        return read("/ontology/gpo.ttl");
    }

    public static Shapes shapes() {
        return Shapes.parse(read("/ontology/shapes.ttl"));
    }

    private static Graph read(String resource) {
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return RDFParser.source(in).lang(Lang.TURTLE).base(GPO.ONTOLOGY_IRI).toGraph();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
