package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.bench.ServerProcess;
import org.entente.bench.Latencies;
import org.entente.bench.LoadAndWrite;
import org.entente.bench.LoadGenerator;
import org.entente.bench.SparqlMix;
import org.entente.bench.Workspace;
import org.entente.rdf.IriScheme;
import org.entente.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Entente's SPARQL endpoint against plain Jena Fuseki, each over its own copy of the store, "
                + "and Entente's pages: N concurrent clients send a fixed mix of requests to one target after another, "
                + "S seconds each after a warm-up. First checks that both endpoints give the same answer to every query.",
                "Prints requests, errors, throughput, p50 and p99 latency per target, and Entente's SPARQL throughput "
                + "as a share of Fuseki's (the goal: within 10%%). Exits 1 when a request failed or an answer differed.",
                "Then times Entente's build and exports beside Jena's TDB2 loader and RIOT writers on the same data.",
                "Entente (as 'entente serve' runs it) and Fuseki each run in a JVM of their own, apart from the clients; "
                + "all three share this machine: run it on an idle machine, and not while a build writes the store."})
final class BenchCommand implements Callable<Integer> {

    /** The resource the CONSTRUCT describes and the pages show; it is in the development data. */
    private static final String RESOURCE = "state/japan";

    private static final int ROUND_SECONDS = 5;

    private static final String ENTENTE_SPARQL = "Entente /sparql";
    private static final String FUSEKI_SPARQL = "Fuseki /ds/sparql";
    private static final String PAGES = "Entente pages";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory the store was built from, which Entente's server checks (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Runs of each load and write operation; the median is printed (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "16",
            description = "Concurrent clients, each sending its next request when the last is answered (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "20",
            description = "How long each target is timed, in rounds of " + ROUND_SECONDS + " s (default: ${DEFAULT-VALUE} s).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5",
            description = "How long each target gets the same load, untimed, before any is timed (default: ${DEFAULT-VALUE} s).")
    int warmup;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (clients < 1 || seconds < 1 || warmup < 0 || runs < 1) {
            throw new IllegalArgumentException("--clients, --seconds and --runs must be at least 1, --warmup at least 0");
        }
        if (!Files.isDirectory(store.store)) {
            throw new IllegalArgumentException(store.store + ": no store here (run 'entente build' first)");
        }
        HttpClient http = LoadGenerator.client();
        int failures;
        try (Workspace work = Workspace.create()) {
            // Both copies are made before either is opened: a TDB2 store is opened by one process at a time.
            Path ententeCopy = work.copy(store.store, "entente");
            Path fusekiCopy = work.copy(store.store, "fuseki");
            String base;
            try (KnowledgeStore kg = KnowledgeStore.open(ententeCopy)) {
                base = kg.base().orElse(IriScheme.DEFAULT_BASE);
            }
            ServerProcess fuseki = work.startFuseki(fusekiCopy);
            ServerProcess entente = work.startEntente(ententeCopy, data);
            fuseki.awaitReady(http);
            entente.awaitReady(http);
            failures = bench(http, entente, fuseki, base);
            loadAndWrite(work.resolve("load-and-write"));
        }
        if (failures > 0) {
            throw new CheckFailed(failures + " failed requests or differing answers");
        }
        return 0;
    }

    /** Checks the answers, times every target; returns the number of failed requests and differing answers. */
    private int bench(HttpClient http, ServerProcess entente, ServerProcess fuseki, String base)
            throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d clients, %d s per target after %d s of warm-up each; %d cores shared by clients and servers%n",
                clients, seconds, warmup, Runtime.getRuntime().availableProcessors());
        out.println("Entente " + entente.endpoint() + " (pid " + entente.pid() + "), Fuseki " + fuseki.endpoint()
                + " (pid " + fuseki.pid() + ")");

        URI ententeSparql = entente.endpoint();
        List<SparqlMix.Item> queries = SparqlMix.items(base, RESOURCE);
        int failures = compareAnswers(http, queries, ententeSparql, fuseki.endpoint(), out);

        Map<String, List<HttpRequest>> targets = new LinkedHashMap<>();
        targets.put(ENTENTE_SPARQL, queries.stream().map(q -> q.request(ententeSparql)).toList());
        targets.put(FUSEKI_SPARQL, queries.stream().map(q -> q.request(fuseki.endpoint())).toList());
        targets.put(PAGES, pages(http, entente.url(), out));

        // Every target is warmed before any is timed, so each timed run meets a warm JIT and page
        // cache; the pages first, so that their garbage is not collected during a compared round.
        List<String> order = List.of(PAGES, FUSEKI_SPARQL, ENTENTE_SPARQL);
        if (warmup > 0) {
            out.println("warming up ...");
            out.flush();
            for (String target : order) {
                LoadGenerator.run(targets.get(target), clients, Duration.ofSeconds(warmup));
            }
        }
        // The two endpoints take turns in short rounds, so that a change in the machine's
        // background load falls on both alike, and swap which goes first each round, so that
        // neither always follows the other. The pages, which only Entente serves, come after.
        out.println("timing, the endpoints taking turns in rounds of " + ROUND_SECONDS + " s, then the pages ...");
        out.flush();
        Map<String, LoadGenerator.Result> results = new LinkedHashMap<>();
        results.put(ENTENTE_SPARQL, null);
        results.put(FUSEKI_SPARQL, null);
        int roundNumber = 0;
        for (int done = 0; done < seconds; done += ROUND_SECONDS, roundNumber++) {
            Duration round = Duration.ofSeconds(Math.min(ROUND_SECONDS, seconds - done));
            List<String> pair = roundNumber % 2 == 0 ? List.of(ENTENTE_SPARQL, FUSEKI_SPARQL) : List.of(FUSEKI_SPARQL, ENTENTE_SPARQL);
            for (String target : pair) {
                results.merge(target, LoadGenerator.run(targets.get(target), clients, round), LoadGenerator.Result::plus);
            }
        }
        results.put(PAGES, LoadGenerator.run(targets.get(PAGES), clients, Duration.ofSeconds(seconds)));

        out.printf("%n%-18s %9s %7s %9s %8s %8s%n", "target", "requests", "errors", "req/s", "p50 ms", "p99 ms");
        for (var result : results.entrySet()) {
            LoadGenerator.Result r = result.getValue();
            out.printf("%-18s %9d %7d %9.1f %8s %8s%n", result.getKey(), r.requests(), r.errors(), r.throughput(),
                    millis(r.latencies(), 50), millis(r.latencies(), 99));
            if (r.firstError() != null) {
                out.println("  first error: " + r.firstError());
            }
            failures += r.errors();
        }
        double share = 100 * results.get(ENTENTE_SPARQL).throughput() / results.get(FUSEKI_SPARQL).throughput();
        out.printf("%nEntente's SPARQL throughput is %.1f%% of plain Fuseki's: %s%n", share,
                share >= 90 ? "within 10%" : "more than 10% below");
        out.flush();
        return failures;
    }

    /** Entente's build and exports beside Jena's TDB2 loader and RIOT writers, on the same data. */
    private void loadAndWrite(Path dir) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Files.createDirectories(dir);
        out.printf("%nload and write, the same data (median of %d runs)%n%-40s %10s %12s%n", runs, "operation", "ms", "statements");
        for (LoadAndWrite.Figure figure : new LoadAndWrite(data, dir, runs).measure()) {
            out.printf("%-40s %10.1f %12d%n", figure.what(), figure.medianMillis(), figure.statements());
        }
        out.flush();
    }

    private static int compareAnswers(HttpClient http, List<SparqlMix.Item> queries, URI entente, URI fuseki, PrintWriter out)
            throws InterruptedException {
        out.printf("%nanswers (rows or triples)%-10s %8s %8s%n", "", "Entente", "Fuseki");
        int differing = 0;
        for (SparqlMix.Item query : queries) {
            try {
                SparqlMix.Answer a = SparqlMix.answer(http, entente, query);
                SparqlMix.Answer b = SparqlMix.answer(http, fuseki, query);
                boolean same = a.sameAs(b);
                differing += same ? 0 : 1;
                out.printf("  %-33s %8d %8d  %s%n", query.name(), a.size(), b.size(), same ? "same" : "DIFFERENT");
            } catch (IOException | RuntimeException e) {
                differing++;
                out.printf("  %-33s error: %s%n", query.name(), e.getMessage());
            }
        }
        return differing;
    }

    /**
     * The page mix: the resource as data (its 303 followed), its data document and the dataset
     * description always; the HTML pages only where this build serves them.
     */
    private static List<HttpRequest> pages(HttpClient http, String server, PrintWriter out) throws InterruptedException {
        out.printf("%npages (Entente only)%n");
        List<HttpRequest> mix = new ArrayList<>();
        for (String path : List.of("/id/" + RESOURCE, "/doc/" + RESOURCE + ".ttl", "/.well-known/void")) {
            HttpRequest request = LoadGenerator.get(URI.create(server + path), "text/turtle");
            out.printf("  %-33s %s%n", path, status(http, request));
            mix.add(request);
        }
        for (String path : List.of("/", "/page/" + RESOURCE)) {
            HttpRequest request = LoadGenerator.get(URI.create(server + path), "text/html");
            String status = status(http, request);
            boolean served = status.endsWith("200");
            out.printf("  %-33s %s%s%n", path, status, served ? " (HTML, in the mix)" : ": left out of the mix");
            if (served) {
                mix.add(request);
            }
        }
        return mix;
    }

    /** The status a request gets, with the redirect before it: "303 -> 200". */
    private static String status(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.previousResponse().map(r -> r.statusCode() + " -> ").orElse("") + response.statusCode();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String millis(Latencies latencies, double percentile) {
        return latencies.count() == 0 ? "-" : String.format("%.2f", latencies.percentile(percentile) / 1e6);
    }
}
