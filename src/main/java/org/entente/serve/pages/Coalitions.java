package org.entente.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The coalitions and their member states. Membership is read from the plain {@code gpo:memberOf}
 * triples, which the store holds only for factual claims: what an article denies or only
 * expects is not drawn as membership.
 */
final class Coalitions {

    private static final String MEMBERS = """
            SELECT ?coalition ?state WHERE {
              ?coalition a gpo:Coalition .
              OPTIONAL { ?state gpo:memberOf ?coalition ; a gpo:State }
            }
            """;

    private Coalitions() {}

    /** A coalition and its member states, each ordered by label. */
    record Coalition(Value coalition, List<Value> members) {}

    /** The coalitions as the home page lists them. */
    static List<Coalition> list(StoreView view) {
        Map<Node, List<Value>> members = new LinkedHashMap<>();
        for (Binding row : view.select(MEMBERS)) {
            List<Value> of = members.computeIfAbsent(row.get("coalition"), c -> new ArrayList<>());
            if (row.get("state") != null) {
                of.add(view.value(row.get("state")));
            }
        }
        return members.entrySet().stream()
                .map(e -> new Coalition(view.value(e.getKey()),
                        e.getValue().stream().sorted(Comparator.comparing(Value::text)).toList()))
                .sorted(Comparator.comparing(c -> c.coalition().text()))
                .toList();
    }

    /** The same as a graph for drawing: coalitions and states as nodes, memberships as links. */
    static Graph graph(StoreView view) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        List<Link> links = new ArrayList<>();
        for (Coalition c : list(view)) {
            nodes.putIfAbsent(c.coalition().iri(), new GraphNode(c.coalition().iri(), c.coalition().text(), c.coalition().href(), "coalition"));
            for (Value state : c.members()) {
                nodes.putIfAbsent(state.iri(), new GraphNode(state.iri(), state.text(), state.href(), "state"));
                links.add(new Link(state.iri(), c.coalition().iri()));
            }
        }
        return new Graph(List.copyOf(nodes.values()), links);
    }

    record Graph(List<GraphNode> nodes, List<Link> links) {}

    /** {@code kind} is {@code coalition} or {@code state}. */
    record GraphNode(String id, String label, String href, String kind) {}

    record Link(String source, String target) {}
}
