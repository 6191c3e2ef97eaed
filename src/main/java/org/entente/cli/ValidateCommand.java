package org.entente.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Ontology;
import org.entente.rdf.Prefixes;
import org.entente.rdf.ShapeValidator;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks every article graph of the store, with the reference and ontology graphs, "
                + "against the SHACL shapes, and reports each violation in words.",
                "Exits non-zero when any graph does not conform."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.store)) {
            IriScheme iris = new IriScheme(kg.base().orElseThrow(
                    () -> new IllegalArgumentException(store.store + ": the store holds no reference graph; run 'entente build'")));
            int violations = kg.read(dsg -> {
                Node reference = iris.referenceGraph();
                Node ontologyName = Ontology.graphName();
                ShapeValidator validator = new ShapeValidator(copy(dsg.getGraph(reference)),
                        copy(dsg.getGraph(ontologyName)), PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris)));
                List<Node> names = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(names::add);
                names.sort((a, b) -> a.getURI().compareTo(b.getURI()));
                int total = report(out, "reference and ontology graphs", validator.violations(GraphFactory.createGraphMem()));
                for (Node name : names) {
                    if (!name.equals(reference) && !name.equals(ontologyName)) {
                        total += report(out, name.getURI(), validator.violations(dsg.getGraph(name)));
                    }
                }
                return total;
            });
            if (violations > 0) {
                throw new CheckFailed(violations + " SHACL violation(s) in " + store.store);
            }
            out.println("conforms: every graph of " + store.store + " passes the shapes");
            return 0;
        }
    }

    private static int report(PrintWriter out, String what, List<String> violations) {
        out.println((violations.isEmpty() ? "ok    " : "FAILED") + " " + what
                + (violations.isEmpty() ? "" : ": " + violations.size() + " violation(s)"));
        violations.forEach(v -> out.println("  " + v));
        return violations.size();
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphFactory.createGraphMem();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
