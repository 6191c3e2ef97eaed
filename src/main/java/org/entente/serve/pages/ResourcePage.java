package org.entente.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.entente.rdf.GPO;
import org.entente.rdf.Prefixes;
import org.entente.serve.Paths;

/**
 * {@code /page/{kind}/{slug}}: the page of any published resource (entity, event, claim, span,
 * graph): what it is, every property it has, the claims about it with their evidence, and
 * what points at it. Articles have a page of their own ({@link ArticlePage}).
 */
final class ResourcePage implements PageServlet.Handler {

    /** Incoming links shown at once; more are paged with {@code ?page=N}. */
    private static final int PAGE_SIZE = 50;

    /**
     * Shown in the page's head rather than in the property table; hidden labels (misspellings
     * met in text) are findable but never displayed.
     */
    private static final Set<Node> IN_HEAD = Set.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.altLabel.asNode(), SKOS.hiddenLabel.asNode(), OWL.sameAs.asNode(), DCTerms.description.asNode());

    @Override
    public Page handle(HttpServletRequest request, StoreView view) {
        String path = Paths.after(request, "/page/");
        Node resource = NodeFactory.createURI(view.links().iri(path));
        if (path.isEmpty() || !view.exists(resource)) {
            return Page.notFound(resource.getURI());
        }
        boolean isClaim = view.union().contains(resource, RDF.type.asNode(), GPO.Claim.asNode());
        List<Triple> incoming = view.incoming(resource).stream()
                .sorted(Comparator.comparing((Triple t) -> view.label(t.getPredicate()))
                        .thenComparing(t -> view.label(t.getSubject())))
                .toList();
        int pages = Math.max(1, (incoming.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pageNumber(request), pages);

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("label", view.label(resource));
        model.put("iri", resource.getURI());
        model.put("path", path);
        model.put("types", view.values(view.objects(resource, RDF.type.asNode())));
        model.put("description", view.string(resource, DCTerms.description.asNode()));
        model.put("altLabels", view.objects(resource, SKOS.altLabel.asNode()).stream().map(Node::getLiteralLexicalForm).toList());
        model.put("wikidata", view.objects(resource, OWL.sameAs.asNode()).stream()
                .filter(n -> n.getURI().startsWith(Prefixes.WIKIDATA_ENTITY))
                .map(n -> n.getURI().substring(Prefixes.WIKIDATA_ENTITY.length())).toList());
        model.put("graphSize", view.isGraph(resource) ? view.graphSize(resource) : null);
        model.put("properties", view.properties(resource, IN_HEAD));
        model.put("claim", isClaim ? Claims.of(view, resource) : null);
        model.put("claims", isClaim ? List.of() : Claims.about(view, resource));
        model.put("incoming", incoming.subList((page - 1) * PAGE_SIZE, Math.min(incoming.size(), page * PAGE_SIZE)).stream()
                .map(t -> List.of(view.value(t.getSubject()), view.value(t.getPredicate()))).toList());
        model.put("incomingCount", incoming.size());
        model.put("page", page);
        model.put("pages", pages);
        return Page.of("resource", "", model);
    }

    private static int pageNumber(HttpServletRequest request) {
        try {
            return Math.max(1, Integer.parseInt(request.getParameter("page")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
