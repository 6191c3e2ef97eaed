package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The endpoint over real HTTP: SPARQL 1.1 Protocol, Graph Store reads, service description, read-only. */
class SparqlProtocolTest {

    private static final String QUAD = read("src/main/resources/queries/competency/01-quad-members.rq");
    private static final String ARTICLE_GRAPH = "https://w3id.org/entente/id/graph/focus-2023-05-us-japan-korea";
    @RegisterExtension
    static final TestServer server = new TestServer(10_000, 10_000, Optional.empty());

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> names(ResultSet results) {
        List<String> names = new ArrayList<>();
        results.forEachRemaining(row -> names.add(row.getLiteral("name").getString()));
        return names;
    }

    private static final List<String> QUAD_MEMBERS = List.of("Australia", "India", "Japan", "United States");

    @Test
    void getWithTheQueryInTheUrl() {
        HttpResponse<String> r = server.get("/sparql?query=" + encode(QUAD), "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
        assertEquals(QUAD_MEMBERS, names(ResultSetMgr.read(stream(r.body()), ResultSetLang.RS_JSON)));
    }

    @Test
    void postWithAForm() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(QUAD))));
        assertEquals(200, r.statusCode());
        assertEquals(QUAD_MEMBERS, names(ResultSetMgr.read(stream(r.body()), ResultSetLang.RS_XML)));
    }

    @Test
    void postTheQueryDirectly() {
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(QUAD)));
        assertEquals(200, r.statusCode());
        assertEquals("state,name\r\nhttps://w3id.org/entente/id/state/australia,Australia\r\n"
                + "https://w3id.org/entente/id/state/india,India\r\nhttps://w3id.org/entente/id/state/japan,Japan\r\n"
                + "https://w3id.org/entente/id/state/united-states,United States\r\n", r.body());
    }

    @ParameterizedTest
    @CsvSource({"text/tab-separated-values, text/tab-separated-values", "text/csv, text/csv",
            "application/sparql-results+json, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml"})
    void selectResultsInEachFormat(String accept, String contentType) {
        HttpResponse<String> r = server.get("/sparql?query=" + encode(QUAD), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(contentType));
        assertTrue(r.body().contains("United States"));
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/n-triples, NTRIPLES", "application/ld+json, JSONLD",
            "application/rdf+xml, RDFXML"})
    void graphResultsInEachFormat(String accept, String format) throws Exception {
        String construct = "CONSTRUCT { ?s <https://w3id.org/entente/gpo#memberOf> ?o } WHERE { ?s <https://w3id.org/entente/gpo#memberOf> ?o }";
        HttpResponse<String> r = server.get("/sparql?query=" + encode(construct), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(accept));
        RDFFormat rio = (RDFFormat) RDFFormat.class.getField(format).get(null);
        Model model = Rio.parse(new StringReader(r.body()), "", rio);
        // 22 factual memberships are asserted (QUAD 4, AUKUS 3, Chip 4 4, Five Eyes 5, IPEF 3, trilateral 3), ESD 3 more.
        assertEquals(25, model.size());
    }

    @Test
    void aMalformedQueryGets400WithTheParsersMessageAndTheServerGoesOn() {
        HttpResponse<String> r = server.get("/sparql?query=" + encode("SELECT ?s WHERE { ?s ?p }"), "application/sparql-results+json");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("Lexical error"), r.body());
        assertEquals(200, server.get("/sparql?query=" + encode("ASK {}"), "application/sparql-results+json").statusCode());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheNamedGraphs() {
        String ask = "ASK { <https://w3id.org/entente/id/state/japan> <https://w3id.org/entente/gpo#memberOf> ?c ; a ?t }";
        HttpResponse<String> r = server.get("/sparql?query=" + encode(ask), "application/sparql-results+json");
        assertTrue(r.body().contains("\"boolean\" : true"), r.body());
    }

    @Test
    void theEndpointWithoutAQueryDescribesItself() throws Exception {
        HttpResponse<String> r = server.get("/sparql", "text/turtle");
        assertEquals(200, r.statusCode());
        Model sd = Rio.parse(new StringReader(r.body()), "", RDFFormat.TURTLE);
        var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        String ns = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(sd.contains(vf.createIRI(server.url("/sparql")), org.eclipse.rdf4j.model.vocabulary.RDF.TYPE, vf.createIRI(ns + "Service")));
        assertTrue(sd.contains(null, vf.createIRI(ns + "feature"), vf.createIRI(ns + "UnionDefaultGraph")));
        assertTrue(sd.contains(null, vf.createIRI(ns + "name"), vf.createIRI(ARTICLE_GRAPH)));
        assertTrue(!sd.contains(null, vf.createIRI(ns + "supportedLanguage"), vf.createIRI(ns + "SPARQL11Update")));
    }

    @Test
    void theGraphStoreProtocolReadsANamedGraph() throws Exception {
        HttpResponse<String> r = server.get("/data?graph=" + encode(ARTICLE_GRAPH), "application/n-triples");
        assertEquals(200, r.statusCode());
        Model graph = Rio.parse(new StringReader(r.body()), "", RDFFormat.NTRIPLES);
        long stored = server.store.read(dsg -> dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(ARTICLE_GRAPH)).size());
        assertEquals(stored, graph.size());
        assertEquals(404, server.get("/data?graph=" + encode("http://example.org/none"), "text/turtle").statusCode());
    }

    @Test
    void writesDoNotExistOnAReadOnlyServer() {
        HttpResponse<String> update = server.send(HttpRequest.newBuilder(URI.create(server.url("/update")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
        assertTrue(update.statusCode() == 404 || update.statusCode() == 405, "update: " + update.statusCode());
        HttpResponse<String> put = server.send(HttpRequest.newBuilder(URI.create(server.url("/data?graph=urn:g")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals(405, put.statusCode());
        HttpResponse<String> viaQuery = server.send(HttpRequest.newBuilder(URI.create(server.url("/sparql")))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
        assertTrue(viaQuery.statusCode() >= 400 && viaQuery.statusCode() < 500, "update via /sparql: " + viaQuery.statusCode());
    }

    /** The hand-checked answers, as rows of variable name to value (unbound: absent). */
    private static List<Map<String, String>> expected(String question) throws IOException {
        try (InputStream csv = Files.newInputStream(Path.of("src/test/resources/competency", question + ".csv"))) {
            List<Map<String, String>> rows = new ArrayList<>();
            ResultSetMgr.read(csv, ResultSetLang.RS_CSV).forEachRemaining(solution -> {
                Map<String, String> row = new TreeMap<>();
                solution.varNames().forEachRemaining(v -> {
                    if (solution.get(v) != null && !solution.get(v).toString().isEmpty()) {
                        row.put(v, solution.get(v).isLiteral() ? solution.getLiteral(v).getLexicalForm() : solution.get(v).toString());
                    }
                });
                rows.add(row);
            });
            return rows;
        }
    }

    static Stream<String> questions() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/queries/competency"))) {
            return files.map(f -> f.getFileName().toString().replace(".rq", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("questions")
    void rdf4jsSparqlRepositoryGetsEveryCompetencyAnswer(String question) throws IOException {
        SPARQLRepository repository = new SPARQLRepository(server.url("/sparql"));
        try (RepositoryConnection connection = repository.getConnection();
             TupleQueryResult result = connection.prepareTupleQuery(
                     read("src/main/resources/queries/competency/" + question + ".rq")).evaluate()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (BindingSet solution : result) {
                Map<String, String> row = new TreeMap<>();
                solution.forEach(binding -> row.put(binding.getName(), binding.getValue().stringValue()));
                rows.add(row);
            }
            assertEquals(expected(question), rows);
        } finally {
            repository.shutDown();
        }
    }

    @Test
    void pythonsSparqlWrapperGetsEveryCompetencyAnswer() throws Exception {
        Path script = Files.createTempFile("sparqlwrapper", ".py");
        Files.writeString(script, """
                import json, sys
                from SPARQLWrapper import SPARQLWrapper, JSON
                answers = {}
                for name in sys.argv[2:]:
                    client = SPARQLWrapper(sys.argv[1])
                    client.setQuery(open("src/main/resources/queries/competency/" + name + ".rq").read())
                    client.setReturnFormat(JSON)
                    rows = client.query().convert()["results"]["bindings"]
                    answers[name] = [{var: cell["value"] for var, cell in row.items()} for row in rows]
                print(json.dumps(answers))
                """);
        List<String> names = questions().toList();
        List<String> command = new ArrayList<>(List.of("/usr/bin/python3", script.toString(), server.url("/sparql")));
        command.addAll(names);
        Process python = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, python.waitFor(), out);
        JsonObject answers = JSON.parse(out);
        for (String name : names) {
            List<Map<String, String>> rows = new ArrayList<>();
            answers.get(name).getAsArray().forEach(row -> {
                Map<String, String> values = new TreeMap<>();
                row.getAsObject().entrySet().forEach(e -> values.put(e.getKey(), e.getValue().getAsString().value()));
                rows.add(values);
            });
            assertEquals(expected(name), rows, name);
        }
    }
}
