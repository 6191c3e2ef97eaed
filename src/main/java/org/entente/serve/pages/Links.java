package org.entente.serve.pages;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.entente.rdf.GPO;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;

/**
 * Where a link to an IRI goes from a page: a resource under the published base to its page on
 * this server, an ontology term to its entry in the ontology documentation, anything else out
 * to the IRI itself. Links inside the site are server-relative, so pages work behind any host.
 */
final class Links {

    private final String base;
    private final PrefixMapping prefixes;

    Links(String base) {
        this.base = base;
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(new IriScheme(base))).lock();
    }

    String base() {
        return base;
    }

    /** The project's prefixes, for SPARQL prologues. */
    Map<String, String> prefixes() {
        return prefixes.getNsPrefixMap();
    }

    /** The resource a page path ({@code {kind}/{slug}}) is about. */
    String iri(String pagePath) {
        return base + pagePath;
    }

    /** The href for an IRI, or null when it is not a web address (nothing to link to). */
    private String href(String iri) {
        if (iri.startsWith(base)) {
            return "/page/" + iri.substring(base.length());
        }
        if (iri.startsWith(GPO.NS)) {
            return "/ontology#" + iri.substring(GPO.NS.length());
        }
        if (iri.equals(GPO.ONTOLOGY_IRI)) {
            return "/ontology";
        }
        return iri.startsWith("http://") || iri.startsWith("https://") ? iri : null;
    }

    /** The IRI with a known prefix ({@code gpo:State}, {@code claim:article/id}), else the IRI. */
    String shortForm(String iri) {
        return prefixes.shortForm(iri);
    }

    /** A literal's language, or its datatype in short form; empty for a plain string. */
    private String note(Node literal) {
        if (!literal.getLiteralLanguage().isEmpty()) {
            return literal.getLiteralLanguage();
        }
        String datatype = literal.getLiteralDatatypeURI();
        return datatype == null || datatype.endsWith("#string") ? "" : shortForm(datatype);
    }

    /** A node as shown on a page, with the text the caller chose for it. */
    Value value(Node node, String text) {
        if (node.isURI()) {
            String href = href(node.getURI());
            return new Value(text, href, href != null && !href.startsWith("/"), "", node.getURI());
        }
        if (node.isLiteral()) {
            return new Value(node.getLiteralLexicalForm(), null, false, note(node), null);
        }
        return new Value(text, null, false, "", null);
    }
}
