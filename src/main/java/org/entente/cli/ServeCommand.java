package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.ingest.DataDirectory;
import org.entente.ingest.InputException;
import org.entente.rdf.IriScheme;
import org.entente.serve.EntenteServer;
import org.entente.serve.ServeSettings;
import org.entente.serve.pages.Pages;
import org.entente.store.BuildReport;
import org.entente.store.Builder;
import org.entente.store.KnowledgeStore;
import org.entente.store.ValidationFailed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Builds the store from the data directory when it is missing or stale, then serves it: "
                + "SPARQL endpoint, linked-data resources, pages, dataset description and dumps.",
                "Read-only unless --writer-user and --writer-password-file enable SPARQL Update and Graph Store writes "
                + "(HTTP Basic authentication). Stops cleanly on Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory to publish (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "The base of every published IRI (default: ${DEFAULT-VALUE}). "
                    + "With http://localhost:3030/id/ the IRIs dereference at this server.")
    String base;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "The time limit of every query (default: ${DEFAULT-VALUE} s).")
    double timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "The most rows a SELECT returns; a cut is reported in a response header (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--writer-user", paramLabel = "USER", description = "Enable writes for this user.")
    String writerUser;

    @Option(names = "--writer-password-file", paramLabel = "FILE",
            description = "The file holding the writer's password (its first line).")
    Path writerPasswordFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Optional<ServeSettings.Credentials> writer = credentials();
        KnowledgeStore kg = KnowledgeStore.open(store.store);
        BuildReport report;
        try {
            report = new Builder(new DataDirectory(data), new IriScheme(base)).build(kg);
            out.println((report.unchanged() ? "store up to date: " : "built the store: ") + report.articles()
                    + " articles, " + report.claims() + " claims, " + report.triples() + " triples");
        } catch (ValidationFailed e) {
            e.violations().forEach(v -> spec.commandLine().getErr().println("  " + v));
            kg.close();
            throw new CheckFailed(e.getMessage());
        } catch (RuntimeException e) {
            kg.close();
            throw e;
        }
        Path dumps = store.store.toAbsolutePath().resolveSibling(store.store.getFileName() + "-dumps");
        ServeSettings settings = new ServeSettings(host, port, base, Math.round(timeoutSeconds * 1000), maxRows, writer,
                dumps, report.unchanged());
        EntenteServer server;
        try {
            server = EntenteServer.start(kg, settings, Pages.servlets(kg, settings));
        } catch (RuntimeException e) {
            kg.close();
            throw new IllegalArgumentException(host + ":" + port + ": cannot serve: " + rootMessage(e));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            kg.close();
        }, "entente-shutdown"));
        out.println("Entente serves " + store.store + " at " + server.url() + "/");
        out.println("  SPARQL endpoint   " + server.url() + "/sparql" + (writer.isPresent() ? "  (update: /update)" : ""));
        out.println("  Graph Store       " + server.url() + "/data");
        out.println("  resources         " + server.url() + "/id/{kind}/{slug}   (IRIs " + base + "{kind}/{slug})");
        out.println("  dataset (VoID)    " + server.url() + "/.well-known/void");
        out.println("  dumps             " + server.url() + "/dumps/entente.ttl, entente.nq.gz, entente.jsonld");
        out.println("Ctrl-C stops it.");
        out.flush();
        server.join();
        return 0;
    }

    /** The innermost message: "Address already in use" says more than the wrappers around it. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private Optional<ServeSettings.Credentials> credentials() throws IOException {
        if ((writerUser == null) != (writerPasswordFile == null)) {
            throw new IllegalArgumentException("--writer-user and --writer-password-file go together");
        }
        if (writerUser == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(writerPasswordFile)) {
            throw InputException.in(writerPasswordFile, "file not found");
        }
        String password = Files.readAllLines(writerPasswordFile).stream().findFirst().orElse("").strip();
        if (password.isEmpty()) {
            throw InputException.in(writerPasswordFile, "the password file is empty");
        }
        return Optional.of(new ServeSettings.Credentials(writerUser, password));
    }
}
