package org.entente.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One write transaction over the store: graphs are replaced one by one, and either all the
 * changes commit together or, on any failure, none of them is seen.
 */
public final class Publication implements AutoCloseable {

    private final Dataset dataset;
    private final DatasetGraph dsg;
    private final Set<Node> written = new HashSet<>();
    private int changed;
    private boolean done;

    Publication(Dataset dataset) {
        this.dataset = dataset;
        this.dsg = dataset.asDatasetGraph();
        dataset.begin(ReadWrite.WRITE);
    }

    /** Makes the named graph hold exactly {@code graph}; false when it already did. */
    public boolean replace(Node name, Graph graph) {
        written.add(name);
        if (holdsExactly(name, graph)) {
            return false;
        }
        dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        graph.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        changed++;
        return true;
    }

    /** Removes every graph this publication did not write (articles no longer in the data). */
    public List<Node> dropOthers() {
        List<Node> stale = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(name -> {
            if (!written.contains(name)) {
                stale.add(name);
            }
        });
        stale.forEach(name -> dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY));
        changed += stale.size();
        return stale;
    }

    /** How many graphs were replaced or removed. */
    public int changed() {
        return changed;
    }

    /** Commits when anything changed; otherwise leaves the store untouched. */
    public void commit() {
        if (changed > 0) {
            dataset.commit();
        } else {
            dataset.abort();
        }
        done = true;
    }

    /** Aborts unless committed: a failure part-way leaves the store as it was. */
    @Override
    public void close() {
        if (!done) {
            dataset.abort();
        }
        dataset.end();
    }

    private boolean holdsExactly(Node name, Graph graph) {
        Graph stored = dsg.getGraph(name);
        if (stored.size() != graph.size()) {
            return false;
        }
        // The ontology's OWL lists are blank nodes, fresh at every parse: compare those up to
        // renaming. Article and reference graphs have none and take the cheap test.
        boolean blank = graph.stream().anyMatch(t -> t.getSubject().isBlank() || t.getObject().isBlank());
        return blank ? stored.isIsomorphicWith(graph) : graph.stream().allMatch(stored::contains);
    }
}
