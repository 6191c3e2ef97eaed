package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.OWL;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dereferencing resource IRIs: the content-negotiation matrix, documents, validators, CORS. */
class LinkedDataTest {

    @RegisterExtension
    static final TestServer server = new TestServer(10_000, 10_000, Optional.empty());

    @ParameterizedTest(name = "Accept {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "text/html | /page/state/japan",
            "application/xhtml+xml | /page/state/japan",
            "text/turtle | /doc/state/japan.ttl",
            "application/n-triples | /doc/state/japan.nt",
            "application/ld+json | /doc/state/japan.jsonld",
            "application/rdf+xml | /doc/state/japan.rdf",
            "text/turtle;q=0.5, application/rdf+xml;q=0.9 | /doc/state/japan.rdf",
            "text/html;q=0.1, application/ld+json | /doc/state/japan.jsonld",
            "text/html, text/turtle;q=0.8 | /page/state/japan",
            "*/* | /page/state/japan",
            "image/png, text/turtle;q=0.2 | /doc/state/japan.ttl"})
    void seeOtherToTheRepresentationAsked(String accept, String location) {
        HttpResponse<String> r = server.get("/id/state/japan", accept);
        assertEquals(303, r.statusCode());
        assertEquals(location, r.headers().firstValue("Location").orElseThrow());
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")));
    }

    @Test
    void anUnsupportedTypeIs406AndAnUnknownResource404() {
        assertEquals(406, server.get("/id/state/japan", "image/png").statusCode());
        assertEquals(404, server.get("/id/state/narnia", "text/turtle").statusCode());
        assertEquals(404, server.get("/doc/state/narnia.ttl", "text/turtle").statusCode());
        assertEquals(404, server.get("/doc/state/japan.xyz", "*/*").statusCode());
    }

    @Test
    void theTurtleDocumentParsesAndLinksToWikidata() throws Exception {
        HttpResponse<String> r = server.get("/doc/state/japan.ttl", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/turtle"));
        Model model = Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
        var vf = SimpleValueFactory.getInstance();
        assertTrue(model.contains(vf.createIRI("https://w3id.org/entente/id/state/japan"), OWL.SAMEAS,
                vf.createIRI("http://www.wikidata.org/entity/Q17")));
        // Links in both directions: Japan's memberships are in the document.
        assertTrue(model.contains(vf.createIRI("https://w3id.org/entente/id/state/japan"),
                vf.createIRI("https://w3id.org/entente/gpo#memberOf"), vf.createIRI("https://w3id.org/entente/id/coalition/quad")));
    }

    @ParameterizedTest
    @CsvSource({"nt, NTRIPLES, application/n-triples", "jsonld, JSONLD, application/ld+json", "rdf, RDFXML, application/rdf+xml"})
    void everySuffixedDocumentParses(String suffix, String format, String type) throws Exception {
        HttpResponse<String> r = server.get("/doc/state/japan." + suffix, "*/*");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(type));
        RDFFormat rio = (RDFFormat) RDFFormat.class.getField(format).get(null);
        assertTrue(Rio.parse(new StringReader(r.body()), "", rio).size() > 10);
    }

    @Test
    void aGraphDereferencesToTriGWithItsName() throws Exception {
        String path = "/id/graph/focus-2023-05-us-japan-korea";
        HttpResponse<String> see = server.get(path, "application/trig");
        assertEquals("/doc/graph/focus-2023-05-us-japan-korea.trig", see.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> trig = server.get(see.headers().firstValue("Location").orElseThrow(), "application/trig");
        Model model = Rio.parse(new StringReader(trig.body()), "", RDFFormat.TRIG);
        assertEquals(1, model.contexts().size());
        assertEquals("https://w3id.org/entente/id/graph/focus-2023-05-us-japan-korea",
                model.contexts().iterator().next().stringValue());
    }

    @Test
    void conditionalRequestsGet304() {
        HttpResponse<String> first = server.get("/doc/state/japan.ttl", "text/turtle");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = server.send(HttpRequest.newBuilder(URI.create(server.url("/doc/state/japan.ttl")))
                .header("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = server.send(HttpRequest.newBuilder(URI.create(server.url("/doc/state/japan.ttl")))
                .header("If-None-Match", "\"something-else\""));
        assertEquals(200, other.statusCode());
    }

    @Test
    void documentsAndTheEndpointAllowCrossOriginRequests() {
        HttpResponse<String> doc = server.send(HttpRequest.newBuilder(URI.create(server.url("/doc/state/japan.ttl")))
                .header("Origin", "http://example.org"));
        assertEquals("*", doc.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        HttpResponse<String> sparql = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql?query=ASK%7B%7D")))
                .header("Origin", "http://example.org"));
        assertTrue(sparql.headers().firstValue("Access-Control-Allow-Origin").isPresent(), sparql.headers().toString());
    }

    @Test
    void theOntologyNegotiatesTurtleOrItsDocumentation() throws Exception {
        HttpResponse<String> turtle = server.get("/gpo", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertTrue(Rio.parse(new StringReader(turtle.body()), "", RDFFormat.TURTLE).size() > 500);
        HttpResponse<String> html = server.get("/gpo", "text/html");
        assertEquals(303, html.statusCode());
        assertEquals("/ontology", html.headers().firstValue("Location").orElseThrow());
    }
}
