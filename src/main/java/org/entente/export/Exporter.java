package org.entente.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;

/**
 * Writes RDF with RDF4J Rio and the project's prefixes, streaming statement by statement in the
 * store's index order, so that an unchanged store exports byte for byte the same.
 */
public final class Exporter {

    private final Map<String, String> prefixes;

    public Exporter(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    /**
     * The store, or one graph of it. Call inside a read transaction. Triple formats get the
     * union of the graphs; quad formats keep each graph. Returns the number of statements.
     */
    public long write(DatasetGraph dsg, ExportFormat format, Optional<Node> graph, OutputStream out) {
        RDFWriter writer = start(format, out);
        long count = 0;
        if (!format.quads()) {
            count += triples(writer, null, graph.isPresent() ? dsg.getGraph(graph.get()).find() : dsg.getUnionGraph().find());
        } else {
            for (Node name : graph.map(List::of).orElseGet(() -> graphNames(dsg))) {
                count += triples(writer, name, dsg.getGraph(name).find());
            }
        }
        writer.endRDF();
        return count;
    }

    /** One graph: in a quad format under {@code name}, in a triple format as plain triples. */
    public long write(Graph graph, Node name, ExportFormat format, OutputStream out) {
        RDFWriter writer = start(format, out);
        long count = triples(writer, format.quads() ? name : null, graph.find());
        writer.endRDF();
        return count;
    }

    private RDFWriter start(ExportFormat format, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format == ExportFormat.jsonld) {
            // Compact JSON-LD with an inline @context made of the prefixes: readable, and no
            // remote context for a client to fetch.
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        writer.startRDF();
        prefixes.forEach(writer::handleNamespace);
        return writer;
    }

    private static long triples(RDFWriter writer, Node graph, Iterator<Triple> triples) {
        long count = 0;
        while (triples.hasNext()) {
            Triple t = triples.next();
            writer.handleStatement(JenaToRdf4j.statement(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            count++;
        }
        return count;
    }

    /** The named graphs in IRI order. */
    private static List<Node> graphNames(DatasetGraph dsg) {
        List<Node> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(names::add);
        names.sort(Comparator.comparing(Node::getURI));
        return names;
    }
}
