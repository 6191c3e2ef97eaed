package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.entente.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code entente extract} end to end: the development article's raw text gives a claims file
 * that {@code build} publishes as it is; bad input gets one line and a non-zero exit.
 */
class ExtractCommandTest {

    private static final String DEV = "focus-2023-05-us-japan-korea";

    @TempDir
    Path dir;

    /** A data directory holding the development article without its curated claims. */
    private Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.copy(Path.of("data/reference.yaml"), data.resolve("reference.yaml"));
        Files.copy(Path.of("data", DEV + ".txt"), data.resolve(DEV + ".txt"));
        Files.copy(Path.of("data", DEV + ".meta.yaml"), data.resolve(DEV + ".meta.yaml"));
        return data;
    }

    @Test
    void theDevelopmentArticleExtractsIntoAClaimsFileThatBuildPublishes() throws IOException {
        Path data = data();
        Path claims = data.resolve(DEV + ".claims.yaml");
        Cli.ok("extract", data.resolve(DEV + ".txt").toString(), "--data", data.toString(), "--out", claims.toString());
        String written = Files.readString(claims);
        assertTrue(written.contains("extractor: \"" + Extractor.VERSION + "\""), written);
        assertTrue(written.contains("    rule: membership-which-includes"), written);
        Cli built = Cli.ok("build", "--data", data.toString(), "--store", dir.resolve("store").toString());
        assertTrue(built.out().contains("built "), built.out());
        Cli.ok("validate", "--store", dir.resolve("store").toString());
    }

    @Test
    void anRdfFormatGivesTheArticleGraph() throws IOException {
        Path data = data();
        Cli turtle = Cli.ok("extract", data.resolve(DEV + ".txt").toString(), "--data", data.toString(),
                "--format", "turtle");
        Model model = Rio.parse(new StringReader(turtle.out()), "", RDFFormat.TURTLE);
        assertTrue(model.size() > 500, "triples: " + model.size());
        assertTrue(turtle.out().contains("nif:isString"), "the article's text is in the graph");
    }

    @Test
    void htmlIsReadThroughTheParserAndNeedsAnIssueDate() throws IOException {
        Path data = data();
        Path html = dir.resolve("piece.html");
        Files.writeString(html, "<html><head><title>Talks</title><script>var QUAD = 1;</script></head><body>"
                + "<p>The QUAD, which includes Australia, India and Japan, met in Tokyo.</p></body></html>");
        Cli missing = Cli.run("extract", html.toString(), "--data", data.toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("--issued"), missing.err());
        Cli ok = Cli.ok("extract", html.toString(), "--data", data.toString(), "--issued", "2023-05");
        assertTrue(ok.out().contains("relation: memberOf"), ok.out());
        assertFalse(ok.out().contains("var QUAD"));
    }

    interface Input {
        void write(Path file) throws IOException;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("binary", (Input) f -> Files.write(f, new byte[] {0, 1, 2, 3, 0, 0, 65, 66, 0}), "binary file"),
                Arguments.of("not UTF-8", (Input) f -> Files.write(f,
                        "Japan met Germany in M\u00fcnchen.".getBytes(StandardCharsets.ISO_8859_1)), "not valid UTF-8"),
                Arguments.of("scripts only", (Input) f -> Files.writeString(f,
                        "<html><body><script>" + "alert('Japan');".repeat(1000) + "</script></body></html>"), "empty"),
                Arguments.of("50 MB", (Input) f -> {
                    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
                        raf.setLength(50L * 1024 * 1024);
                    }
                }, "too large"),
                Arguments.of("no sentences", (Input) f -> Files.writeString(f, "12 34 -- 56\n\n7.8 %"), "no sentences"),
                Arguments.of("no known entity", (Input) f -> Files.writeString(f,
                        "The weather was fine. Everyone went for a walk in the park."), "nothing to extract"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsOneLineAndExitOne(String name, Input input, String says) throws IOException {
        Path data = data();
        Path file = dir.resolve(name.contains("scripts") ? "page.html" : "article.txt");
        input.write(file);
        Cli cli = Cli.run("extract", file.toString(), "--data", data.toString(), "--issued", "2023-05");
        assertEquals(1, cli.status(), cli.err());
        assertTrue(cli.err().contains(says), cli.err());
        assertEquals(1, cli.err().strip().lines().count(), "one line, no stack trace: " + cli.err());
        assertEquals("", cli.out());
    }
}
