package org.entente.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.entente.ingest.DataDirectory;
import org.entente.rdf.IriScheme;
import org.entente.serve.pages.Pages;
import org.entente.store.Builder;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Entente server on a free port over a store of its own, built from {@code data/}: a
 * JUnit extension that starts before a test class and stops after it
 * ({@code @RegisterExtension static final TestServer server = new TestServer(...)}).
 */
final class TestServer implements BeforeAllCallback, AfterAllCallback {


    private final long timeoutMillis;
    private final int rowCap;
    private final Optional<ServeSettings.Credentials> writer;
    KnowledgeStore store;
    private EntenteServer server;
    /**
     * A client per server: a shared one would keep pooled connections to an earlier class's
     * server, whose port the next server may be given.
     */
    private HttpClient http;

    TestServer(long timeoutMillis, int rowCap, Optional<ServeSettings.Credentials> writer) {
        this.timeoutMillis = timeoutMillis;
        this.rowCap = rowCap;
        this.writer = writer;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path dir = Files.createTempDirectory("entente-http");
        store = KnowledgeStore.open(dir.resolve("store"));
        new Builder(new DataDirectory(Path.of("data")), new IriScheme(IriScheme.DEFAULT_BASE)).build(store);
        ServeSettings settings = new ServeSettings("127.0.0.1", 0, IriScheme.DEFAULT_BASE, timeoutMillis, rowCap,
                writer, dir.resolve("dumps"), false);
        server = EntenteServer.start(store, settings, Pages.servlets(store, settings));
        http = HttpClient.newHttpClient();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.close();
        store.close();
    }

    String url(String path) {
        return server.url() + path;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends the request once more when the pooled connection it went out on had been closed by
     * the server: Jetty closes a connection after answering an error to a request whose body it
     * did not read (401, 405), and the client learns it only from the next request on it, which
     * then gets no bytes at all. Browsers retry such a request the same way.
     */
    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        HttpRequest built = request.build();
        try {
            try {
                return http.send(built, body);
            } catch (IOException e) {
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                    throw e;
                }
                return http.send(built, body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", accept));
    }

    /** The number of triples the dataset description states (void:triples of the dataset). */
    long describedTriples() throws java.io.IOException {
        HttpResponse<String> r = get("/.well-known/void", "text/turtle");
        var model = org.eclipse.rdf4j.rio.Rio.parse(new java.io.StringReader(r.body()), "",
                org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        return org.eclipse.rdf4j.model.util.Models.objectLiteral(model.filter(vf.createIRI(url("/.well-known/void#entente")),
                vf.createIRI("http://rdfs.org/ns/void#triples"), null)).orElseThrow().longValue();
    }

    /** The number of triples of the default graph, as the SPARQL endpoint counts them. */
    long countedTriples() {
        String query = java.net.URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                java.nio.charset.StandardCharsets.UTF_8);
        return Long.parseLong(get("/sparql?query=" + query, "text/csv").body().split("\r\n")[1]);
    }

}
