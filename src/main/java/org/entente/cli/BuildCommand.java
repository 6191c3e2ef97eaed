package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.ingest.DataDirectory;
import org.entente.rdf.IriScheme;
import org.entente.store.BuildReport;
import org.entente.store.Builder;
import org.entente.store.KnowledgeStore;
import org.entente.store.ValidationFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Converts every article of the data directory, validates each graph with the SHACL shapes "
                + "and loads the result into the store in one transaction.",
                "A build with unchanged inputs changes nothing and says so; on any error the store is left as it was."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory: reference.yaml and the articles (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin
    StoreOption store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "The base of every published resource IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BuildReport report;
        try (KnowledgeStore kg = KnowledgeStore.open(store.store)) {
            report = new Builder(new DataDirectory(data), new IriScheme(base)).build(kg);
        } catch (ValidationFailed e) {
            e.violations().forEach(v -> err.println("  " + v));
            throw new CheckFailed(e.getMessage());
        }
        report.warnings().forEach(w -> err.println("warning: " + w));
        String figures = String.format("%d articles, %d claims, %d triples in %d ms", report.articles(),
                report.claims(), report.triples(), report.millis());
        if (report.unchanged()) {
            out.println("unchanged: " + store.store + " already holds " + figures.replaceFirst(" in .*", "")
                    + " (checked in " + report.millis() + " ms)");
        } else {
            report.changedGraphs().forEach(g -> out.println("replaced " + g));
            report.removedGraphs().forEach(g -> out.println("removed  " + g));
            out.println("built " + store.store + ": " + figures);
        }
        return 0;
    }
}
