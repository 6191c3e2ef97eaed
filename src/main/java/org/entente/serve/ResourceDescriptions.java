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

    /** True when the IRI names a graph of the store (then its document is the graph itself). */
    boolean isGraph(String iri) {
        return store.read(dsg -> dsg.containsGraph(NodeFactory.createURI(iri)));
    }

    /** A copy of the named graph, or empty. */
    Optional<Graph> graph(String iri) {
        return store.read(dsg -> {
            Node name = NodeFactory.createURI(iri);
            if (!dsg.containsGraph(name)) {
                return Optional.<Graph>empty();
            }
            Graph copy = GraphFactory.createGraphMem();
            dsg.getGraph(name).find().forEachRemaining(copy::add);
            return Optional.of(copy);
        });
    }

    /** The description of a resource, or empty when the store knows nothing of it. */
    Optional<Graph> describe(String iri) {
        return store.read(dsg -> describe(dsg, NodeFactory.createURI(iri)));
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
