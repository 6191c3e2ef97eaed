package org.entente.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The fixed SPARQL mix both endpoints get: the competency questions (shipped in the jar), a count
 * of every triple, and the description of one resource as a CONSTRUCT.
 */
public final class SparqlMix {

    private static final String QUESTIONS = "/queries/competency";

    private SparqlMix() {}

    public record Item(String name, String query, boolean select) {
        public HttpRequest request(URI endpoint) {
            URI uri = URI.create(endpoint + "?query=" + URLEncoder.encode(query, UTF_8));
            return LoadGenerator.get(uri, select ? "application/sparql-results+json" : "text/turtle");
        }
    }

    /** The mix; the CONSTRUCT describes {@code {base}{path}}. */
    public static List<Item> items(String base, String path) throws IOException {
        String resource = base + path;
        List<Item> items = new ArrayList<>(competencyQuestions());
        items.add(item("count", "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"));
        items.add(item("describe " + path, "CONSTRUCT { <" + resource + "> ?p ?o . ?s ?q <" + resource + "> }"
                + " WHERE { { <" + resource + "> ?p ?o } UNION { ?s ?q <" + resource + "> } }"));
        return items;
    }

    /**
     * An endpoint's answer, parsed: the rows of a SELECT, counted as a multiset because two
     * servers may order what a query leaves unordered differently, or the triples of a CONSTRUCT.
     */
    public record Answer(int size, Map<Binding, Long> rows, Graph triples) {
        public boolean sameAs(Answer other) {
            return triples == null ? rows.equals(other.rows) : triples.isIsomorphicWith(other.triples);
        }
    }

    public static Answer answer(HttpClient http, URI endpoint, Item item) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(item.request(endpoint), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        if (!item.select()) {
            Graph triples = RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).toGraph();
            return new Answer(triples.size(), null, triples);
        }
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<Binding> rows = new ArrayList<>();
        while (results.hasNext()) {
            rows.add(results.nextBinding());
        }
        return new Answer(rows.size(), rows.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())), null);
    }

    private static Item item(String name, String query) {
        return new Item(name, query, QueryFactory.create(query).isSelectType());
    }

    private static List<Item> competencyQuestions() throws IOException {
        try {
            URI dir = SparqlMix.class.getResource(QUESTIONS).toURI();
            if (dir.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(dir, Map.of())) {
                    return read(jar.getPath(QUESTIONS));
                }
            }
            return read(Path.of(dir));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Item> read(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Item> items = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                items.add(item(file.getFileName().toString().replace(".rq", ""), Files.readString(file, UTF_8)));
            }
            return items;
        }
    }
}
