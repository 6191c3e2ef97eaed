package org.entente.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.entente.rdf.NIF;

/**
 * What a page reads, inside one read transaction of the store: the union of its graphs (the
 * default graph that SPARQL sees), labels for every term, and SELECT queries written with the
 * project's prefixes. One is made per request and dropped with the transaction.
 */
final class StoreView {

    private final DatasetGraph dataset;
    private final Graph union;
    private final Links links;
    /** Article texts already read: a page often quotes the same article many times. */
    private final Map<Node, String> texts = new HashMap<>();

    StoreView(DatasetGraph dataset, Links links) {
        this.dataset = dataset;
        this.union = dataset.getUnionGraph();
        this.links = links;
    }

    Links links() {
        return links;
    }

    Graph union() {
        return union;
    }

    /** Whether the store knows the resource: it describes it, or it names one of its graphs. */
    boolean exists(Node resource) {
        return union.contains(resource, Node.ANY, Node.ANY) || dataset.containsGraph(resource);
    }

    boolean isGraph(Node resource) {
        return dataset.containsGraph(resource);
    }

    long graphSize(Node name) {
        return dataset.getGraph(name).size();
    }

    /**
     * What a person calls the resource: its English label (the ontology's labels are in the
     * store too, so properties read "member of"), else any label, else its title, else its IRI
     * in short form.
     */
    String label(Node node) {
        if (node.isLiteral()) {
            return node.getLiteralLexicalForm();
        }
        if (!node.isURI()) {
            return node.toString();
        }
        List<Node> labels = objects(node, RDFS.label.asNode());
        return labels.stream().filter(l -> l.getLiteralLanguage().equals("en")).findFirst()
                .or(() -> labels.stream().findFirst())
                .or(() -> object(node, DCTerms.title.asNode()))
                .map(Node::getLiteralLexicalForm)
                .orElseGet(() -> links.shortForm(node.getURI()));
    }

    /** The node as shown on a page, labelled. */
    Value value(Node node) {
        return links.value(node, label(node));
    }

    List<Value> values(List<Node> nodes) {
        return nodes.stream().map(this::value).toList();
    }

    /** The objects of {@code subject predicate}, in a stable order. */
    List<Node> objects(Node subject, Node predicate) {
        List<Node> objects = new ArrayList<>();
        union.find(subject, predicate, Node.ANY).forEachRemaining(t -> objects.add(t.getObject()));
        objects.sort(Comparator.comparing(Node::toString));
        return objects;
    }

    Optional<Node> object(Node subject, Node predicate) {
        return objects(subject, predicate).stream().findFirst();
    }

    /** The lexical form of the first object, or null: for templates, where absent means nothing to show. */
    String string(Node subject, Node predicate) {
        return object(subject, predicate).map(Node::getLiteralLexicalForm).orElse(null);
    }

    /** Every property of the subject except the {@code skipped} ones, grouped, ordered by the property's label. */
    List<PropertyValues> properties(Node subject, Set<Node> skipped) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (!skipped.contains(t.getPredicate())) {
                byPredicate.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
            }
        });
        return byPredicate.entrySet().stream()
                .map(e -> new PropertyValues(value(e.getKey()), values(sorted(e.getValue()))))
                .sorted(Comparator.comparing(p -> p.property().text()))
                .toList();
    }

    /** The triples that point at the node, from any graph. */
    List<Triple> incoming(Node object) {
        List<Triple> triples = new ArrayList<>();
        union.find(Node.ANY, Node.ANY, object).forEachRemaining(triples::add);
        return triples;
    }

    /** The text of an article ({@code nif:isString}), or empty. */
    String text(Node article) {
        return texts.computeIfAbsent(article, a -> Optional.ofNullable(string(a, NIF.isString.asNode())).orElse(""));
    }

    /** A SELECT query, the project's prefixes predeclared, with {@code ?x} bound to {@code x} when given. */
    List<Binding> select(String sparql, Node x) {
        Query query = QueryFactory.create(prologue() + sparql);
        QueryExecBuilder exec = QueryExec.dataset(dataset).query(query);
        if (x != null) {
            exec.substitution(Var.alloc("x"), x);
        }
        return exec.select().stream().toList();
    }

    List<Binding> select(String sparql) {
        return select(sparql, null);
    }

    private String prologue() {
        StringBuilder prologue = new StringBuilder();
        links.prefixes().forEach((prefix, ns) -> prologue.append("PREFIX ").append(prefix).append(": <").append(ns).append(">\n"));
        return prologue.toString();
    }

    private List<Node> sorted(List<Node> nodes) {
        return nodes.stream().sorted(Comparator.comparing(this::label)).toList();
    }

    /** One property of a resource and its values, as a page lists them. */
    record PropertyValues(Value property, List<Value> values) {}
}
