package org.entente.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.entente.serve.pages.ExampleQueries.Example;

/**
 * {@code /}: what the dataset holds (resources per class of the ontology), its articles, its
 * coalitions, example queries to start from, and where the data can be had in bulk.
 */
final class HomePage implements PageServlet.Handler {

    private static final String CLASSES = """
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
              ?s a ?class FILTER STRSTARTS(STR(?class), STR(gpo:))
            } GROUP BY ?class ORDER BY DESC(?n) ?class
            """;

    private static final String ARTICLES = """
            SELECT ?article ?publisher ?issued (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
              ?article a gpo:Article .
              OPTIONAL { ?article dcterms:publisher ?publisher }
              OPTIONAL { ?article dcterms:issued ?issued }
              OPTIONAL { ?claim gpo:statedIn ?article }
            } GROUP BY ?article ?publisher ?issued ORDER BY DESC(?issued) ?article
            """;

    private final List<Example> examples;

    HomePage(List<Example> examples) {
        this.examples = examples;
    }

    @Override
    public Page handle(HttpServletRequest request, StoreView view) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("classes", view.select(CLASSES).stream()
                .map(row -> new Count(view.value(row.get("class")), number(row.get("n")))).toList());
        model.put("articles", view.select(ARTICLES).stream()
                .map(row -> new Article(view.value(row.get("article")),
                        row.get("publisher") == null ? null : view.value(row.get("publisher")),
                        row.get("issued") == null ? null : row.get("issued").getLiteralLexicalForm(),
                        number(row.get("claims")))).toList());
        model.put("coalitions", Coalitions.list(view));
        model.put("examples", examples);
        return Page.of("home", "home", model);
    }

    private static long number(Node count) {
        return Long.parseLong(count.getLiteralLexicalForm());
    }

    record Count(Value type, long count) {}

    record Article(Value article, Value publisher, String issued, long claims) {}
}
