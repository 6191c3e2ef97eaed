package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An article without a curated claims file is published from its extracted claims, marked as such. */
class ExtractedBuildTest {

    private static final String SLUG = "focus-2023-05-us-japan-korea";

    @TempDir
    Path dir;

    @Test
    void theDevelopmentArticleWithoutItsClaimsFileIsPublishedFromExtraction() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        for (String file : new String[] {"reference.yaml", SLUG + ".txt", SLUG + ".meta.yaml"}) {
            Files.copy(Path.of("data", file), data.resolve(file));
        }
        String store = dir.resolve("store").toString();
        Cli build = Cli.ok("build", "--data", data.toString(), "--store", store);
        assertTrue(build.err().contains("no curated claims file; published "), build.err());
        Cli.ok("validate", "--store", store);

        Cli counts = Cli.ok("query", "--store", store, "--format", "csv", """
                SELECT (COUNT(DISTINCT ?claim) AS ?extracted) (COUNT(DISTINCT ?rule) AS ?rules) (SAMPLE(?name) AS ?software)
                WHERE { ?claim a gpo:Claim ; prov:wasGeneratedBy ?run ; gpo:extractionRule ?rule .
                        ?run prov:wasAssociatedWith/rdfs:label ?name }""");
        String[] row = counts.out().split("\r\n")[1].split(",");
        assertTrue(Integer.parseInt(row[0]) >= 60, counts.out());
        assertTrue(Integer.parseInt(row[1]) >= 10, counts.out());
        assertEquals("entente-extract/0.1.0", row[2]);

        // Every claim of the article is extracted: none lacks the mark.
        Cli unmarked = Cli.ok("query", "--store", store, "--format", "csv",
                "SELECT (COUNT(*) AS ?n) WHERE { ?c a gpo:Claim FILTER NOT EXISTS { ?c prov:wasGeneratedBy ?run } }");
        assertEquals("n\r\n0\r\n", unmarked.out());
        // The QUAD's members come out of the enumeration as the curated file has them.
        Cli quad = Cli.ok("query", "--store", store, "--format", "csv",
                "--file", "src/main/resources/queries/competency/01-quad-members.rq");
        assertEquals(Files.readString(Path.of("src/test/resources/competency/01-quad-members.csv")), quad.out());
    }

    /** Articles the rules were not written for: what extraction makes of them builds and validates. */
    @ParameterizedTest
    @ValueSource(strings = {"harbour-wire", "meridian-wire", "halyard", "pacific-meridian", "tidewater"})
    void unseenArticlesPublishedFromExtractionPassTheShapes(String corpus) throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path source = Path.of("src/test/resources/eval-corpus", corpus);
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().endsWith(".claims.yaml")).toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        String store = dir.resolve("store").toString();
        Cli build = Cli.ok("build", "--data", data.toString(), "--store", store);
        assertTrue(build.out().contains("built ") && build.out().contains(" 3 articles"), build.out());
        assertTrue(Cli.ok("validate", "--store", store).out().contains("conforms"));
    }
}
