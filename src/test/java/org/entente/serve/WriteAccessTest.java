package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With writes enabled, SPARQL Update and Graph Store writes need the operator's credentials. */
class WriteAccessTest {

    @RegisterExtension
    static final TestServer server = new TestServer(10_000, 10_000, Optional.of(new ServeSettings.Credentials("editor", "s3cret")));

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder update(String text) {
        return HttpRequest.newBuilder(URI.create(server.url("/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(text));
    }

    private static boolean ask(String pattern) {
        String q = URLEncoder.encode("ASK { " + pattern + " }", StandardCharsets.UTF_8);
        return server.get("/sparql?query=" + q, "application/sparql-results+json").body().contains("true");
    }

    @Test
    void anUpdateWithoutCredentialsIs401AndChangesNothing() {
        HttpResponse<String> r = server.send(update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> \"anonymous\" } }"));
        assertEquals(401, r.statusCode());
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertEquals(401, server.send(update("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/a> <http://example.org/b> \"wrong\" } }")
                .header("Authorization", basic("editor", "guess"))).statusCode());
        assertTrue(!ask("<http://example.org/a> <http://example.org/b> ?o"));
    }

    @Test
    void anUpdateWithCredentialsIsApplied() {
        HttpResponse<String> r = server.send(update("INSERT DATA { GRAPH <http://example.org/edits> { <http://example.org/c> <http://example.org/d> \"by editor\" } }")
                .header("Authorization", basic("editor", "s3cret")));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode());
        assertTrue(ask("<http://example.org/c> <http://example.org/d> \"by editor\""));
    }

    @Test
    void theDumpsAreWrittenAgainAfterAWriteAndTheDescriptionStatesTheNewOnes() throws Exception {
        long before = server.describedTriples(); // the description now holds its counts
        HttpResponse<String> r = server.send(update("INSERT DATA { GRAPH <http://example.org/dumped> { <http://example.org/h> <http://example.org/i> \"in the next dump\" } }")
                .header("Authorization", basic("editor", "s3cret")));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 204, "status " + r.statusCode());
        String dump = "";
        for (int tries = 0; tries < 100 && !dump.contains("in the next dump"); tries++) {
            Thread.sleep(200);
            dump = server.get("/dumps/entente.ttl", "text/turtle").body();
        }
        assertTrue(dump.contains("in the next dump"), "the Turtle dump has the inserted triple within 20 s");
        HttpResponse<byte[]> file = server.send(HttpRequest.newBuilder(URI.create(server.url("/dumps/entente.ttl"))),
                HttpResponse.BodyHandlers.ofByteArray());
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(file.body()));
        assertEquals("\"" + sha256 + "\"", file.headers().firstValue("ETag").orElseThrow());
        assertTrue(server.get("/.well-known/void", "text/turtle").body().contains(sha256),
                "the dataset description states the checksum of the dump now served");
        assertEquals(server.countedTriples(), server.describedTriples(), "the counts follow the write");
        assertTrue(server.describedTriples() > before);
    }

    @Test
    void graphStoreWritesNeedCredentialsButReadsDoNot() {
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(server.url("/data?graph=http://example.org/put")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://example.org/e> <http://example.org/f> <http://example.org/g> ."));
        assertEquals(401, server.send(put).statusCode());
        HttpResponse<String> ok = server.send(put.header("Authorization", basic("editor", "s3cret")));
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 201 || ok.statusCode() == 204, "status " + ok.statusCode());
        assertEquals(200, server.get("/data?graph=http://example.org/put", "text/turtle").statusCode());
    }

    @Test
    void theServiceDescriptionAnnouncesUpdate() {
        assertTrue(server.get("/sparql", "text/turtle").body().contains("sd:SPARQL11Update"));
    }
}
