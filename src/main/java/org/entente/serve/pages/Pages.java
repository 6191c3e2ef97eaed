package org.entente.serve.pages;

import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.serve.ServeSettings;
import org.entente.serve.pages.ExampleQueries.Example;
import org.entente.store.KnowledgeStore;

/**
 * The HTML pages of the site, by path, with the static files and the JSON their scripts draw: what
 * {@link org.entente.serve.EntenteServer#start} serves beside the protocol side of {@code org.entente.serve}.
 */
public final class Pages {

    private Pages() {}

    public static Map<String, HttpServlet> servlets(KnowledgeStore store, ServeSettings settings) {
        Links links = new Links(settings.base());
        PageTemplates templates = new PageTemplates();
        List<Example> examples = ExampleQueries.load();
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        // "" maps the root alone ("/" would take every unmatched path); EntenteServer puts it ahead of Fuseki.
        servlets.put("", new PageServlet(store, links, templates, new HomePage(examples)));
        servlets.put("/page/*", new PageServlet(store, links, templates, new ResourcePage()));
        servlets.put("/page/article/*", new PageServlet(store, links, templates, new ArticlePage()));
        servlets.put("/ontology", new PageServlet(store, links, templates, new OntologyPage(links)));
        servlets.put("/query", new PageServlet(store, links, templates, new QueryPage(examples)));
        servlets.put("/timeline", new PageServlet(store, links, templates,
                (request, view) -> Page.of("timeline", "timeline", Map.of())));
        servlets.put("/timeline.json", new JsonServlet(store, links, Timeline::events));
        servlets.put("/coalitions", new PageServlet(store, links, templates,
                (request, view) -> Page.of("coalitions", "coalitions", Map.of())));
        servlets.put("/coalitions.json", new JsonServlet(store, links, Coalitions::graph));
        servlets.put("/static/*", new StaticServlet());
        return servlets;
    }
}
