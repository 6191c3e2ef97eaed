package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.entente.Cli;
import org.entente.MiniData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the small BMP-and-CRLF article and checks what the store then holds. */
class MiniBuildTest {

    private static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

    @TempDir
    Path dir;

    @Test
    void buildsOnceThenSaysNothingChanged() throws Exception {
        Path data = MiniData.write(dir.resolve("data"));
        String store = dir.resolve("store").toString();
        Cli first = Cli.ok("build", "--data", data.toString(), "--store", store);
        assertTrue(first.out().contains("built " + store + ": 1 articles, 6 claims, "), first.out());
        assertTrue(first.out().contains("replaced https://w3id.org/entente/id/graph/mini-allies"), first.out());
        Cli second = Cli.ok("build", "--data", data.toString(), "--store", store);
        assertTrue(second.out().startsWith("unchanged: " + store + " already holds 1 articles, 6 claims, "), second.out());
    }

    @Test
    void offsetsCountCodePointsOfTheNormalisedText() throws Exception {
        String store = builtStore();
        Cli csv = Cli.ok("query", "--store", store, "--format", "csv",
                "SELECT ?b ?e WHERE { ?s nif:anchorOf \"\uD842\uDFB7 supply chains\" ; nif:beginIndex ?b ; nif:endIndex ?e }");
        // Counted by hand: 94 code points precede the quote (the UTF-16 count would be 97).
        assertEquals("b,e\r\n94,109\r\n", csv.out());

        Cli dump = Cli.ok("export", "--store", store, "--format", "nquads");
        Model model = Rio.parse(new StringReader(dump.out()), "", RDFFormat.NQUADS);
        var vf = SimpleValueFactory.getInstance();
        String text = model.filter(null, vf.createIRI(NIF + "isString"), null).objects().iterator().next().stringValue();
        assertTrue(text.contains("Caf\u00e9") && !text.contains("\r"));
        List<Resource> spans = new ArrayList<>(model.filter(null, vf.createIRI(NIF + "anchorOf"), null).subjects());
        assertEquals(5, spans.size());
        for (Resource span : spans) {
            int begin = ((Literal) object(model, span, "beginIndex")).intValue();
            int end = ((Literal) object(model, span, "endIndex")).intValue();
            String anchor = object(model, span, "anchorOf").stringValue();
            String sub = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
            assertEquals(anchor, sub, span.stringValue());
        }
    }

    @Test
    void sparqlSubstrAgreesWithEverySpan() throws Exception {
        String store = builtStore();
        Cli ask = Cli.ok("query", "--store", store, """
                ASK { ?span nif:referenceContext ?a ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor .
                      ?a nif:isString ?text .
                      FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?anchor) }""");
        assertEquals("no\n", ask.out());
    }

    @Test
    void theHypotheticalClaimIsNotAssertedButTheFactualOnesAre() throws Exception {
        String store = builtStore();
        Cli members = Cli.ok("query", "--store", store, "--format", "tsv",
                "SELECT ?s ?o WHERE { ?s gpo:memberOf ?o } ORDER BY ?s ?o");
        assertEquals("?s\t?o\n<https://w3id.org/entente/id/state/australia>\t<https://w3id.org/entente/id/coalition/quad>\n"
                + "<https://w3id.org/entente/id/state/japan>\t<https://w3id.org/entente/id/coalition/quad>\n", members.out());
        Cli modality = Cli.ok("query", "--store", store, "--format", "csv",
                "SELECT ?m ?date WHERE { claim:mini-allies\\/japan-aukus gpo:modality ?m ; gpo:date ?date }");
        assertEquals("m,date\r\nhttps://w3id.org/entente/gpo#Hypothetical,2024\r\n", modality.out());
    }

    @Test
    void aStoreBuiltWithAnotherBaseIsReplacedWhole() throws Exception {
        String store = builtStore();
        Cli rebuilt = Cli.ok("build", "--data", dir.resolve("data").toString(), "--store", store, "--base", "http://localhost:3030/id/");
        assertTrue(rebuilt.out().contains("removed  https://w3id.org/entente/id/graph/mini-allies"), rebuilt.out());
        Cli graphs = Cli.ok("query", "--store", store, "--format", "csv",
                "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER STRSTARTS(STR(?g), \"https://w3id.org/entente/id/\") }");
        assertEquals("n\r\n0\r\n", graphs.out());
        assertTrue(Files.isDirectory(Path.of(store)));
    }

    @Test
    void anExtractedFileNamesItsExtractorItsRulesAndItsOwnEntities() throws Exception {
        Path data = MiniData.write(dir.resolve("data"));
        Files.writeString(data.resolve(MiniData.SLUG + ".claims.yaml"), """
                extractor: entente-extract/9.9.9
                entities:
                  - {key: observers-club, kind: organization, label: Observers Club}
                claims:
                  - id: club-member
                    rule: test-rule
                    relation: memberOf
                    subject: observers-club
                    object: quad
                    modality: hypothetical
                    evidence: "Observers say Japan could join AUKUS next year"
                """);
        String store = dir.resolve("store").toString();
        Cli.ok("build", "--data", data.toString(), "--store", store);
        Cli prov = Cli.ok("query", "--store", store, "--format", "csv", """
                SELECT ?rule ?software ?label ?graph WHERE {
                  ?claim gpo:extractionRule ?rule ; prov:wasGeneratedBy ?run .
                  ?run prov:wasAssociatedWith ?software .
                  GRAPH ?graph { organization:observers-club rdfs:label ?label } }""");
        assertEquals("rule,software,label,graph\r\ntest-rule,https://w3id.org/entente/id/software/entente-extract-9.9.9,"
                + "Observers Club,https://w3id.org/entente/id/graph/mini-allies\r\n", prov.out());
        Cli taken = Cli.run("build", "--data", data.toString(), "--store", store);
        assertEquals(0, taken.status());
        Files.writeString(data.resolve(MiniData.SLUG + ".claims.yaml"), """
                entities:
                  - {key: japan, kind: state, label: Japan again}
                claims: []
                """);
        Cli clash = Cli.run("build", "--data", data.toString(), "--store", store);
        assertEquals(1, clash.status());
        assertTrue(clash.err().contains("mini-allies.claims.yaml:2: entity 'japan': duplicate key"), clash.err());
    }

    /** The small article, built into a store of this test's own; returns the store's path. */
    private String builtStore() throws IOException {
        Path data = MiniData.write(dir.resolve("data"));
        String store = dir.resolve("store").toString();
        Cli.ok("build", "--data", data.toString(), "--store", store);
        return store;
    }

    private static org.eclipse.rdf4j.model.Value object(Model model, Resource s, String nifLocal) {
        var vf = SimpleValueFactory.getInstance();
        return model.filter(s, vf.createIRI(NIF + nifLocal), null).objects().iterator().next();
    }
}
