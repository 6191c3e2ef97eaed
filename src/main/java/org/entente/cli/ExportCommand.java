package org.entente.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the store, or one named graph of it, as an RDF file (written by RDF4J Rio with "
                + "the project's prefixes).",
                "Triple formats (turtle, ntriples, rdfxml) get the union of the graphs; quad formats (trig, nquads, "
                + "jsonld) keep each graph. An unchanged store exports byte for byte the same."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "turtle, trig, nquads, ntriples, jsonld or rdfxml.")
    ExportFormat format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Export only this named graph.")
    String graph;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (KnowledgeStore kg = KnowledgeStore.openExisting(store.store)) {
            Exporter exporter = new Exporter(Prefixes.of(new IriScheme(kg.base().orElse(IriScheme.DEFAULT_BASE))));
            Optional<Node> graphName = Optional.ofNullable(graph).map(NodeFactory::createURI);
            graphName.ifPresent(name -> {
                if (!kg.read(dsg -> dsg.containsGraph(name))) {
                    throw new IllegalArgumentException("--graph " + graph + ": no such graph in " + store.store);
                }
            });
            long written;
            if (out == null) {
                written = kg.read(dsg -> exporter.write(dsg, format, graphName, main.out));
                main.out.flush();
            } else {
                written = toFile(kg, exporter, graphName);
                spec.commandLine().getErr().println("wrote " + written + " statements to " + out);
            }
        }
        return 0;
    }

    /** Writes beside the target and moves it into place, so a failed export leaves no half file. */
    private long toFile(KnowledgeStore kg, Exporter exporter, Optional<Node> graphName) throws IOException {
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".partial");
        try {
            long written;
            try (OutputStream stream = Files.newOutputStream(partial)) {
                written = kg.read(dsg -> exporter.write(dsg, format, graphName, stream));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return written;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }
}
