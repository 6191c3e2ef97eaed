package org.entente.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.entente.rdf.GPO;
import org.entente.serve.pages.ExampleQueries.Example;

/**
 * {@code /query}: a SPARQL editor. The page only holds the query (from {@code ?query=}, else the
 * first example); static/query.js sends it to {@code /sparql} and draws the results.
 */
final class QueryPage implements PageServlet.Handler {

    private final List<Example> examples;

    QueryPage(List<Example> examples) {
        this.examples = examples;
    }

    @Override
    public Page handle(HttpServletRequest request, StoreView view) {
        String query = request.getParameter("query");
        return Page.of("query", "query", Map.of(
                "query", query != null ? query : examples.isEmpty() ? "" : examples.get(0).sparql(),
                "examples", examples,
                "base", view.links().base(),
                "ontology", GPO.NS));
    }
}
