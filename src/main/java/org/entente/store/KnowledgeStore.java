package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.rdf.IriScheme;

/**
 * The persistent knowledge graph: a Jena TDB2 dataset on disk, one named graph per article plus
 * the reference and ontology graphs, queried through the union of its named graphs.
 */
public final class KnowledgeStore implements AutoCloseable {

    private final Path directory;
    private final Dataset dataset;
    private final boolean created;

    private KnowledgeStore(Path directory, Dataset dataset, boolean created) {
        this.directory = directory;
        this.dataset = dataset;
        this.created = created;
    }

    /** Opens the store in {@code directory}, creating it when there is none. */
    public static KnowledgeStore open(Path directory) {
        boolean created = !Files.exists(directory);
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new KnowledgeStore(directory, dataset, created);
    }

    /** Opens an existing store; IllegalArgumentException naming the directory when there is none. */
    public static KnowledgeStore openExisting(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + ": no store here (run 'entente build' first)");
        }
        return open(directory);
    }

    public Path directory() {
        return directory;
    }

    /** The dataset, for SPARQL and for serving; its default graph is the union of the named graphs. */
    public Dataset dataset() {
        return dataset;
    }

    public <T> T read(Function<DatasetGraph, T> reader) {
        return Txn.calculateRead(dataset, () -> reader.apply(dataset.asDatasetGraph()));
    }

    /**
     * The base IRI the store was built with, read off the name of its reference graph
     * ({@code {base}graph/reference}); empty for an empty store.
     */
    public Optional<String> base() {
        String suffix = IriScheme.referenceGraphPath();
        return read(dsg -> {
            var names = dsg.listGraphNodes();
            while (names.hasNext()) {
                Node name = names.next();
                if (name.isURI() && name.getURI().endsWith(suffix)) {
                    return Optional.of(name.getURI().substring(0, name.getURI().length() - suffix.length()));
                }
            }
            return Optional.<String>empty();
        });
    }

    /** Starts a write transaction that replaces graphs; nothing shows until it commits. */
    public Publication publish() {
        return new Publication(dataset);
    }

    /** Closes the store; a store this object created and never filled is removed again. */
    @Override
    public void close() {
        boolean empty = read(DatasetGraph::isEmpty);
        TDBInternal.expel(dataset.asDatasetGraph());
        if (created && empty) {
            Directories.deleteTree(directory);
        }
    }

}
