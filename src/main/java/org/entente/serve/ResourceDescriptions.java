package org.entente.serve;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.entente.store.KnowledgeStore;

/**
 * What the store says about one resource, for its data document: the triples it is the subject
 * of, the triples that point at it, and the labels of everything those mention, so that a
 * client can show the document without another request.
 */
final class ResourceDescriptions {

    private final KnowledgeStore store;

    ResourceDescriptions(KnowledgeStore store) {
        this.store = store;
    }

    /** A data document's content, and whether it is a whole named graph (TriG then keeps its name). */
    record Document(Graph content, boolean isGraph) {}

    /**
     * The document about the IRI, read in one transaction: a copy of the named graph when the
     * IRI names one, else the resource's description; empty when the store knows nothing of it.
     */
    Optional<Document> document(String iri) {
        return store.read(dsg -> {
            Node name = NodeFactory.createURI(iri);
            if (dsg.containsGraph(name)) {
                Graph copy = GraphFactory.createGraphMem();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                return Optional.of(new Document(copy, true));
            }
            return describe(dsg, name).map(description -> new Document(description, false));
        });
    }

    private static Optional<Graph> describe(DatasetGraph dsg, Node resource) {
        Graph union = dsg.getUnionGraph();
        Graph description = GraphFactory.createGraphMem();
        union.find(resource, Node.ANY, Node.ANY).forEachRemaining(description::add);
        if (description.isEmpty()) {
            return Optional.empty();
        }
        union.find(Node.ANY, Node.ANY, resource).forEachRemaining(description::add);
        Set<Node> mentioned = new HashSet<>();
        description.find().forEachRemaining(t -> {
            mentioned.add(t.getSubject());
            mentioned.add(t.getObject());
        });
        mentioned.remove(resource);
        for (Node node : mentioned) {
            if (node.isURI()) {
                union.find(node, RDFS.label.asNode(), Node.ANY).forEachRemaining(description::add);
            }
        }
        return Optional.of(description);
    }

    /** Whether anything in the store has this IRI as subject, or names a graph with it. */
    boolean exists(String iri) {
        return store.read(dsg -> {
            Node node = NodeFactory.createURI(iri);
            return dsg.containsGraph(node) || dsg.getUnionGraph().find(node, Node.ANY, Node.ANY).hasNext();
        });
    }
}
