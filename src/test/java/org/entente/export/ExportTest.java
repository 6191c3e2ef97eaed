package org.entente.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.entente.Cli;
import org.entente.DevelopmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Dumps of the development store: parsed by other parsers, stable, and still the same knowledge graph. */
class ExportTest {

    private static final String ARTICLE_GRAPH = "https://w3id.org/entente/id/graph/focus-2023-05-us-japan-korea";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void everyFormatParsesWithRdf4jAndJenaAndIsByteIdenticalFromRunToRun(ExportFormat format) throws Exception {
        Path first = dir.resolve("first." + format.fileExtension());
        Path second = dir.resolve("second." + format.fileExtension());
        Cli.ok("export", "--store", DevelopmentStore.path(), "--format", format.name(), "--out", first.toString());
        Cli.ok("export", "--store", DevelopmentStore.path(), "--format", format.name(), "--out", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));

        Model rdf4j = Rio.parse(Files.newInputStream(first), "", format.rio());
        DatasetGraph jena = DatasetFactory.createTxnMem().asDatasetGraph();
        RDFDataMgr.read(jena, first.toString());
        long expected = Long.parseLong(count(format.quads()
                ? "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
                : "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"));
        assertEquals(expected, rdf4j.size());
        assertEquals(expected, format.quads() ? jena.stream().count() : jena.getDefaultGraph().size());
    }

    @Test
    void turtleUsesTheProjectsPrefixes() {
        String turtle = Cli.ok("export", "--store", DevelopmentStore.path(), "--format", "turtle").out();
        assertTrue(turtle.contains("@prefix gpo: <https://w3id.org/entente/gpo#> ."));
        assertTrue(turtle.contains("@prefix state: <https://w3id.org/entente/id/state/> ."));
        assertTrue(turtle.contains("gpo:memberOf coalition:quad"), "memberships written with prefixes");
    }

    @Test
    void oneGraphCanBeExported() throws Exception {
        String nquads = Cli.ok("export", "--store", DevelopmentStore.path(), "--format", "nquads",
                "--graph", ARTICLE_GRAPH).out();
        Model model = Rio.parse(new StringReader(nquads), "", RDFFormat.NQUADS);
        assertEquals(1, model.contexts().size());
        assertEquals(ARTICLE_GRAPH, model.contexts().iterator().next().stringValue());
        Cli missing = Cli.run("export", "--store", DevelopmentStore.path(), "--format", "nquads", "--graph", "http://example.org/none");
        assertEquals(1, missing.status());
        assertTrue(missing.err().startsWith("error: --graph http://example.org/none: no such graph"));
    }

    /** The bar of the issue: the N-Quads dump alone passes the shapes and answers the questions. */
    @Test
    void theNQuadsDumpPassesTheShapesAndAnswersTheCompetencyQuestions() throws Exception {
        byte[] dump = Cli.ok("export", "--store", DevelopmentStore.path(), "--format", "nquads").out()
                .getBytes(StandardCharsets.UTF_8);
        Dataset dataset = DatasetFactory.create();
        RDFDataMgr.read(dataset, new ByteArrayInputStream(dump), Lang.NQUADS);

        var data = GraphFactory.createGraphMem();
        for (String graph : new String[] {ARTICLE_GRAPH, "https://w3id.org/entente/id/graph/reference",
                "https://w3id.org/entente/gpo"}) {
            dataset.getNamedModel(graph).getGraph().find().forEach(data::add);
        }
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertTrue(ShaclValidator.get().validate(shapes, data).conforms());

        Dataset union = DatasetFactory.wrap(dataset.getUnionModel());
        try (var queries = Files.list(Path.of("src/main/resources/queries/competency"))) {
            for (Path query : queries.sorted().toList()) {
                String expected = Files.readString(Path.of("src/test/resources/competency",
                        query.getFileName().toString().replace(".rq", ".csv")));
                ByteArrayOutputStream csv = new ByteArrayOutputStream();
                try (QueryExecution exec = QueryExecution.dataset(union).query(Files.readString(query)).build()) {
                    ResultSetFormatter.outputAsCSV(csv, exec.execSelect());
                }
                assertEquals(expected, csv.toString(StandardCharsets.UTF_8), query.toString());
            }
        }
    }

    private static String count(String query) {
        return Cli.ok("query", "--store", DevelopmentStore.path(), "--format", "csv", query).out().split("\r\n")[1];
    }
}
