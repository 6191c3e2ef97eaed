package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The time limit really stops a runaway query, the row cap is reported, and the server goes on. */
class LimitsTest {

    @RegisterExtension
    static final TestServer server = new TestServer(1_000, 5, Optional.empty());

    private static HttpResponse<String> select(String query) {
        return server.get("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
    }

    @Test
    void aRunawayQueryStopsAtItsLimitAndTheServerKeepsServing() {
        // About 2,700 triples cubed: hours of work without a limit.
        HttpResponse<String> runaway = select("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(503, runaway.statusCode());
        assertTrue(runaway.body().contains("timed out"), runaway.body());
        assertEquals(200, select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1").statusCode());
    }

    @Test
    void resultsPastTheCapAreCutAndTheClientIsTold() {
        HttpResponse<String> capped = select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
        assertEquals(200, capped.statusCode());
        assertEquals(6, capped.body().split("\r\n").length); // header and 5 rows
        assertEquals("true; rows=5", capped.headers().firstValue(CappedQueryService.TRUNCATED_HEADER).orElseThrow());
        assertTrue(capped.headers().firstValue("Warning").orElseThrow().contains("cut at 5 rows"));
    }

    @Test
    void resultsWithinTheCapAreNotMarked() {
        HttpResponse<String> small = select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3");
        assertEquals(4, small.body().split("\r\n").length);
        assertTrue(small.headers().firstValue(CappedQueryService.TRUNCATED_HEADER).isEmpty());
    }
}
