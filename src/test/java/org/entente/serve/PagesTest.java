package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entente.Cli;
import org.entente.MiniData;
import org.entente.rdf.IriScheme;
import org.entente.serve.pages.Pages;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML pages over the small article, whose reference data names Japan with a script tag:
 * every page that shows the label must show it as text.
 */
class PagesTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static EntenteServer server;

    @BeforeAll
    static void start() throws IOException {
        Path data = MiniData.write(dir.resolve("data"));
        Files.writeString(data.resolve("reference.yaml"),
                MiniData.REFERENCE.replace("label: Japan,", "label: \"Japan " + SCRIPT + "\","));
        Cli.ok("build", "--data", data.toString(), "--store", dir.resolve("store").toString());
        store = KnowledgeStore.open(dir.resolve("store"));
        ServeSettings settings = new ServeSettings("127.0.0.1", 0, IriScheme.DEFAULT_BASE, 10_000, 1_000,
                Optional.empty(), dir.resolve("dumps"), false);
        server = EntenteServer.start(store, settings, Pages.servlets(store, settings));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/page/state/japan", "/", "/page/article/" + MiniData.SLUG,
            "/page/claim/" + MiniData.SLUG + "/quad-japan", "/page/coalition/quad"})
    void aLabelWithAScriptTagComesOutEscaped(String path) {
        HttpResponse<String> page = get(path, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("Japan &lt;script&gt;alert(1)&lt;/script&gt;"), page.body());
        assertFalse(page.body().contains(SCRIPT));
    }

    @Test
    void theEntityPageHasTheLabelAsHeadingAndTheClaimsWithTheirEvidence() {
        String page = get("/page/state/japan", null).body();
        assertTrue(page.contains("<h1>Japan &lt;script&gt;alert(1)&lt;/script&gt;</h1>"), page);
        assertTrue(page.contains("href=\"https://www.wikidata.org/wiki/Q17\""), page);
        // The hypothetical claim that Japan could join AUKUS, its quote marked inside its sentence.
        assertTrue(page.contains("Observers say <mark>Japan could join AUKUS next year</mark>."), page);
        assertTrue(page.contains(">hypothetical</span>"), page);
    }

    @Test
    void evidenceOffsetsCountCodePoints() {
        String page = get("/page/article/" + MiniData.SLUG, null).body();
        // U+20BB7 lies outside the Basic Multilingual Plane: a UTF-16 count would cut the quote wrongly.
        assertTrue(page.contains("data-claim=\"talks-subject\" tabindex=\"0\" role=\"button\">\uD842\uDFB7 supply chains</mark>"), page);
        assertTrue(page.contains("<mark>\uD842\uDFB7 supply chains</mark>"), page);
    }

    @Test
    void overlappingEvidenceIsMarkedOncePerPieceWithAllItsClaims() {
        String page = get("/page/article/" + MiniData.SLUG, null).body();
        // Two claims quote the same words: one mark lists both.
        assertTrue(page.contains("data-claim=\"quad-australia quad-japan\""), page);
        String text = page.substring(page.indexOf("<div class=\"article-text\">"), page.indexOf("<aside"));
        // Pieces are plain text: every mark closes before the next opens, so none nests.
        assertEquals(count(text, "<mark"), count(text, Pattern.compile("<mark[^>]*>[^<]+</mark>")));
    }

    private static long count(String text, String literal) {
        return count(text, Pattern.compile(Pattern.quote(literal)));
    }

    private static long count(String text, Pattern pattern) {
        return pattern.matcher(text).results().count();
    }

    @Test
    void anUnknownResourceIsA404Page() {
        HttpResponse<String> page = get("/page/state/narnia", null);
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("https://w3id.org/entente/id/state/narnia"));
        assertEquals(404, get("/page/article/narnia", null).statusCode());
    }

    @Test
    void staticFilesHaveTheirTypeAndAnETag() {
        HttpResponse<String> css = get("/static/site.css", null);
        assertEquals(200, css.statusCode());
        assertEquals("text/css;charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        String etag = css.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get("/static/site.css", etag).statusCode());
        assertEquals("text/javascript;charset=utf-8",
                get("/static/vendor/d3.min.js", null).headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, get("/static/nothing.js", null).statusCode());
        assertTrue(get("/static/vendor/../../templates/home.peb", null).statusCode() >= 400);
    }

    @Test
    void theChartsReadTheirDataAsJson() {
        HttpResponse<String> timeline = get("/timeline.json", null);
        assertEquals("application/json", timeline.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(timeline.body().contains("\"earliest\":\"2023-03-03\""), timeline.body());
        String coalitions = get("/coalitions.json", null).body();
        assertTrue(coalitions.contains("\"source\":\"https://w3id.org/entente/id/state/australia\","
                + "\"target\":\"https://w3id.org/entente/id/coalition/quad\""), coalitions);
        // Japan's AUKUS membership is only hypothetical: not drawn.
        assertFalse(coalitions.contains("\"target\":\"https://w3id.org/entente/id/coalition/aukus\""), coalitions);
    }

    private static HttpResponse<String> get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Accept", "text/html");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
