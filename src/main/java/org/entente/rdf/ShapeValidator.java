package org.entente.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Checks an article's graph against the SHACL shapes, together with the reference and ontology
 * graphs (so that the shapes see the entities' types and the class hierarchy).
 */
public final class ShapeValidator {

    private final Shapes shapes = Ontology.shapes();
    private final Graph shared;
    private final PrefixMapping prefixes;

    public ShapeValidator(Graph reference, Graph ontology, PrefixMapping prefixes) {
        this.shared = GraphFactory.createGraphMem();
        reference.find().forEach(shared::add);
        ontology.find().forEach(shared::add);
        this.prefixes = prefixes;
    }

    /** The violations, each as one sentence; empty when the graph conforms. */
    public List<String> violations(Graph article) {
        Graph data = GraphFactory.createGraphMem();
        shared.find().forEach(data::add);
        article.find().forEach(data::add);
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> problems = new ArrayList<>();
        for (ReportEntry entry : report.getEntries()) {
            StringBuilder line = new StringBuilder()
                    .append(entry.severity().level().getLocalName()).append(": ")
                    .append(shortForm(entry.focusNode()));
            if (entry.resultPath() != null) {
                line.append(" ").append(entry.resultPath().toString(new Prologue(prefixes)));
            }
            line.append(": ").append(entry.message());
            if (entry.value() != null) {
                line.append(" (value ").append(shortForm(entry.value())).append(")");
            }
            problems.add(line.toString());
        }
        return problems;
    }

    private String shortForm(Node node) {
        return node.isURI() ? prefixes.shortForm(node.getURI()) : node.toString();
    }
}
