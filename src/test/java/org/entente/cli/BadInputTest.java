package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.Cli;
import org.entente.MiniData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad input gets one line that names the file and the line (or the claim), a
 * non-zero exit, and a store exactly as it was before.
 */
class BadInputTest {

    private static final String CLAIMS = MiniData.SLUG + ".claims.yaml";
    private static final String TEXT = MiniData.SLUG + ".txt";
    private static final String META = MiniData.SLUG + ".meta.yaml";

    @TempDir
    Path dir;
    private Path data;
    private String store;
    private byte[] before;

    interface Breakage {
        void apply(Path data) throws IOException;
    }

    @BeforeEach
    void publishTheGoodData() throws IOException {
        data = MiniData.write(dir.resolve("data"));
        store = dir.resolve("store").toString();
        Cli.ok("build", "--data", data.toString(), "--store", store);
        before = dump();
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                bad("missing metadata file", d -> Files.delete(d.resolve(META)),
                        META + ": file not found"),
                bad("unreadable reference file", d -> {
                    Files.delete(d.resolve("reference.yaml"));
                    Files.createDirectory(d.resolve("reference.yaml"));
                }, "reference.yaml: cannot read"),
                bad("text that is not UTF-8", d -> Files.write(d.resolve(TEXT),
                        "Title\n\nJapan and the United States met in M\u00fcnchen.".getBytes(StandardCharsets.ISO_8859_1)),
                        TEXT + ":3: not valid UTF-8 (byte 0xFC"),
                bad("empty article", d -> Files.writeString(d.resolve(TEXT), "\n \n"),
                        TEXT + ": the article is empty"),
                bad("claims file with a YAML syntax error", d -> replace(d.resolve(CLAIMS),
                        "  - id: quad-japan\n", "  - id: quad-japan\n   relation: [memberOf\n"),
                        CLAIMS + ":"),
                bad("quote not in the text", d -> replace(d.resolve(CLAIMS),
                        "\"Japan could join AUKUS next year\"", "\"Japan will join AUKUS next year\""),
                        CLAIMS + ":27: claim 'japan-aukus': quote not found in the article's text: \"Japan will join AUKUS next year\""),
                bad("quote found twice with no way to choose", d -> replace(d.resolve(CLAIMS),
                        "\"Japan could join AUKUS next year\"", "\"Japan\""),
                        "claim 'japan-aukus': quote occurs 3 times in the text; add 'occurrence:'"),
                bad("unknown entity key", d -> replace(d.resolve(CLAIMS), "subject: australia", "subject: narnia"),
                        CLAIMS + ":21: claim 'quad-australia': unknown entity key 'narnia'"),
                bad("duplicate claim id", d -> replace(d.resolve(CLAIMS), "id: quad-australia", "id: quad-japan"),
                        CLAIMS + ":21: claim 'quad-japan': duplicate claim id"),
                bad("impossible date", d -> replace(d.resolve(CLAIMS), "date: 2023-03-03", "date: 2023-02-30"),
                        CLAIMS + ":2: claim 'talks' event time: date: '2023-02-30' is not a real date"),
                bad("modality outside the four", d -> replace(d.resolve(CLAIMS), "modality: hypothetical", "modality: possible"),
                        CLAIMS + ":27: claim 'japan-aukus': modality: 'possible' is not one of factual, planned, hypothetical, negated"),
                bad("a state without its Wikidata link", d -> replace(d.resolve("reference.yaml"), ", wikidata: Q408", ""),
                        "SHACL violation(s) in the reference data; the store is unchanged"),
                bad("a data directory that does not exist", d -> {
                    try (Stream<Path> files = Files.list(d)) {
                        for (Path f : files.toList()) {
                            Files.delete(f);
                        }
                    }
                    Files.delete(d);
                }, "data: data directory not found"));
    }

    private static Arguments bad(String what, Breakage breakage, String message) {
        return Arguments.of(what, breakage, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void isRefusedWithOneLineAndTheStoreIsUnchanged(String what, Breakage breakage, String message) throws IOException {
        breakage.apply(data);
        Cli build = Cli.run("build", "--data", data.toString(), "--store", store);
        assertEquals(1, build.status(), what);
        List<String> errors = build.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertEquals(1, errors.size(), build.err());
        assertTrue(errors.get(0).contains(message), "expected «" + message + "» in «" + errors.get(0) + "»");
        assertEquals("", build.out());
        assertArrayEquals(before, dump(), "the store changed");
    }

    @Test
    void aFailedFirstBuildLeavesNoStoreBehind() throws IOException {
        Path fresh = dir.resolve("fresh-store");
        replace(data.resolve(CLAIMS), "subject: australia", "subject: narnia");
        assertEquals(1, Cli.run("build", "--data", data.toString(), "--store", fresh.toString()).status());
        assertTrue(Files.notExists(fresh));
    }

    @Test
    void aMalformedQueryIsOneLineNamingTheQuery() {
        Cli query = Cli.run("query", "--store", store, "SELECT ?s WHERE { ?s ?p }");
        assertEquals(1, query.status());
        assertTrue(query.err().startsWith("error: query:1: SPARQL syntax error: "), query.err());
        assertEquals(1, query.err().lines().count());
    }

    @Test
    void aMissingStoreIsNamed() {
        Cli query = Cli.run("query", "--store", dir.resolve("nowhere").toString(), "ASK {}");
        assertEquals(1, query.status());
        assertEquals("error: " + dir.resolve("nowhere") + ": no store here (run 'entente build' first)\n", query.err());
    }

    private byte[] dump() {
        return Cli.ok("export", "--store", store, "--format", "nquads").out().getBytes(StandardCharsets.UTF_8);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new AssertionError("test data lacks " + from);
        }
        Files.writeString(file, text.replace(from, to));
    }
}
