package org.entente.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in a JVM of its own, so that the two servers and the load generator share
 * no heap, JIT or garbage collector: plain Jena Fuseki, run by Fuseki's own command line, or
 * Entente, run by {@code entente serve}.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final String url;
    private final URI endpoint;
    private final Path log;

    private ServerProcess(String name, Process process, String url, URI endpoint, Path log) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.endpoint = endpoint;
        this.log = log;
    }

    /**
     * Plain Fuseki over {@code store} at {@code /ds}, read-only, whose default graph is the
     * union of the named graphs, as Entente's is.
     */
    static ServerProcess fuseki(Path store, Path log) throws IOException {
        int port = freePort();
        return start("Fuseki", port, "/ds/sparql", log, "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost", "--port=" + port, "--tdb2", "--loc=" + store,
                // TDB2 reads this symbol from the query's context, which includes the global one
                // --set writes to: the same setting Entente puts on its dataset's context.
                "--set=tdb:unionDefaultGraph=true",
                "/ds");
    }

    /** Entente's own server over {@code store}, as {@code entente serve} runs it (its defaults). */
    static ServerProcess entente(Path store, Path data, Path log) throws IOException {
        int port = freePort();
        return start("Entente", port, "/sparql", log, "org.entente.cli.Main",
                "serve", "--store", store.toString(), "--data", data.toString(), "--port", Integer.toString(port));
    }

    private static ServerProcess start(String name, int port, String sparqlPath, Path log, String mainClass,
                                       String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String url = "http://127.0.0.1:" + port;
        return new ServerProcess(name, process, url, URI.create(url + sparqlPath), log);
    }

    /** The server's address, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    public URI endpoint() {
        return endpoint;
    }

    public long pid() {
        return process.pid();
    }

    /** Returns once the endpoint answers a query; fails when the server exits or does not answer in time. */
    public void awaitReady(HttpClient http) throws IOException, InterruptedException {
        HttpRequest ask = LoadGenerator.get(URI.create(endpoint + "?query=" + URLEncoder.encode("ASK {}", UTF_8)),
                "application/sparql-results+json");
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (true) {
            if (!process.isAlive()) {
                List<String> output = Files.readAllLines(log, UTF_8);
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + (output.isEmpty() ? "" : ": " + output.get(output.size() - 1)));
            }
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not answer within " + STARTUP.toSeconds() + " s (log: " + log + ")");
            }
            Thread.sleep(200);
        }
    }

    /** Stops the server, forcibly when it does not stop within ten seconds. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** A port free now; another process could take it before the server binds it, which startup would report. */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
