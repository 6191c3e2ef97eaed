package org.entente.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;

/**
 * Writes the store (or one graph of it) with RDF4J Rio, streaming statement by statement in the
 * store's index order, so that an unchanged store exports byte for byte the same.
 */
public final class Exporter {

    private final Map<String, String> prefixes;

    public Exporter(Map<String, String> prefixes) {
        this.prefixes = prefixes;
    }

    /** Call inside a read transaction. Returns the number of statements written. */
    public long write(DatasetGraph dsg, ExportFormat format, Optional<Node> graph, OutputStream out) {
        RDFWriter writer = Rio.createWriter(format.rio(), out);
        writer.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        if (format == ExportFormat.jsonld) {
            writer.getWriterConfig().set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        writer.startRDF();
        prefixes.forEach(writer::handleNamespace);
        long count = 0;
        if (!format.quads()) {
            var triples = graph.isPresent() ? dsg.getGraph(graph.get()).find() : dsg.getUnionGraph().find();
            while (triples.hasNext()) {
                var t = triples.next();
                writer.handleStatement(JenaToRdf4j.statement(null, t.getSubject(), t.getPredicate(), t.getObject()));
                count++;
            }
        } else {
            for (Node name : graph.map(List::of).orElseGet(() -> graphNames(dsg))) {
                var quads = dsg.find(name, Node.ANY, Node.ANY, Node.ANY);
                while (quads.hasNext()) {
                    var q = quads.next();
                    writer.handleStatement(JenaToRdf4j.statement(name, q.getSubject(), q.getPredicate(), q.getObject()));
                    count++;
                }
            }
        }
        writer.endRDF();
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
