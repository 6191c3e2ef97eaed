package org.entente.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.entente.claims.Entity;
import org.entente.claims.EntityKind;

/**
 * Mints the IRIs of published resources under a configurable base: {@code {base}{kind}/{slug}};
 * claims, events and spans of an article under the article's slug.
 */
public final class IriScheme {

    public static final String DEFAULT_BASE = "https://w3id.org/entente/id/";
    /** The slug of the reference graph, which no article may take. */
    public static final String REFERENCE = "reference";

    private final String base;

    public IriScheme(String base) {
        this.base = checked(base);
    }

    public String base() {
        return base;
    }

    public Node entity(Entity entity) {
        return entity(entity.kind(), entity.key());
    }

    public Node entity(EntityKind kind, String key) {
        return iri(kind.segment() + "/" + key);
    }

    public Node article(String slug) {
        return iri("article/" + slug);
    }

    public Node articleGraph(String slug) {
        return iri("graph/" + slug);
    }

    public Node referenceGraph() {
        return iri(referenceGraphPath());
    }

    /** The reference graph's IRI less the base: how a store's base can be read off it. */
    public static String referenceGraphPath() {
        return "graph/" + REFERENCE;
    }

    public Node claim(String slug, String id) {
        return iri("claim/" + slug + "/" + id);
    }

    public Node event(String slug, String id) {
        return iri("event/" + slug + "/" + id);
    }

    /** The run of an extractor that produced an article's claims. */
    public Node extraction(String slug) {
        return iri("activity/" + slug + "/extraction");
    }

    /** An extractor, by its name and version ("entente-extract/0.1.0"). */
    public Node software(String nameAndVersion) {
        return iri("software/" + nameAndVersion.replaceAll("[^A-Za-z0-9.-]+", "-"));
    }

    /** Spans are named by their offsets, so claims quoting the same words share one span. */
    public Node span(String slug, int begin, int end) {
        return iri("span/" + slug + "/" + begin + "-" + end);
    }

    /** Prefixes for writing the published data readably: one per kind of resource. */
    public Map<String, String> resourcePrefixes() {
        Map<String, String> prefixes = new LinkedHashMap<>();
        for (EntityKind kind : EntityKind.values()) {
            prefixes.put(kind.segment(), base + kind.segment() + "/");
        }
        for (String segment : new String[] {"article", "claim", "event", "span", "graph", "activity", "software"}) {
            prefixes.put(segment, base + segment + "/");
        }
        return prefixes;
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static String checked(String base) {
        try {
            URI uri = new URI(base);
            if (!uri.isAbsolute() || !base.endsWith("/") || !(base.startsWith("http://") || base.startsWith("https://"))) {
                throw new IllegalArgumentException("the base IRI must be an absolute http(s) IRI ending in '/': " + base);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the base IRI is not an IRI: " + base);
        }
        return base;
    }
}
