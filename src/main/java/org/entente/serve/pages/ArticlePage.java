package org.entente.serve.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.entente.rdf.GPO;
import org.entente.serve.Paths;

/**
 * {@code /page/article/{slug}}: an article's text with the evidence of every claim marked.
 * Evidence spans overlap (one sentence often makes several claims), so the text is cut at every
 * span boundary and each piece is marked once, listing all the claims whose evidence covers
 * it: the marks never nest, whatever the spans do. A mark chosen shows its claims, rendered
 * here as hidden blocks, in a side panel (static/article.js).
 */
final class ArticlePage implements PageServlet.Handler {

    /** Every evidence span of the article, with the claims that cite it; offsets in code points. */
    private static final String SPANS = """
            SELECT ?begin ?end ?claim WHERE {
              ?claim gpo:statedIn ?x ; gpo:evidence ?span .
              ?span nif:beginIndex ?begin ; nif:endIndex ?end .
            } ORDER BY ?begin ?end ?claim
            """;

    @Override
    public Page handle(HttpServletRequest request, StoreView view) {
        Node article = NodeFactory.createURI(view.links().iri("article/" + Paths.after(request, "/page/article/")));
        if (!view.union().contains(article, RDF.type.asNode(), GPO.Article.asNode())) {
            return Page.notFound(article.getURI());
        }
        String text = view.text(article);
        List<Span> spans = new ArrayList<>();
        Map<String, Claims.Claim> claims = new LinkedHashMap<>();
        for (Binding row : view.select(SPANS, article)) {
            Claims.Claim claim = claims.computeIfAbsent(row.get("claim").getURI(), iri -> Claims.of(view, row.get("claim")));
            spans.add(new Span(Evidence.index(text, integer(row.get("begin"))), Evidence.index(text, integer(row.get("end"))), claim));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("label", view.label(article));
        model.put("iri", article.getURI());
        model.put("path", article.getURI().substring(view.links().base().length()));
        model.put("publisher", view.object(article, DCTerms.publisher.asNode()).map(view::value).orElse(null));
        model.put("issued", view.string(article, DCTerms.issued.asNode()));
        model.put("language", view.string(article, DCTerms.language.asNode()));
        model.put("source", view.object(article, DCTerms.source.asNode()).map(view::value).orElse(null));
        model.put("paragraphs", paragraphs(text, spans));
        model.put("claims", List.copyOf(claims.values()));
        return Page.of("article", "", model);
    }

    /**
     * The text as paragraphs (its lines) of pieces: cut at every line end and at every span's
     * begin and end, so that each piece lies wholly inside or outside each span.
     */
    static List<List<Piece>> paragraphs(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Span span : spans) {
            cuts.add(span.begin());
            cuts.add(span.end());
        }
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            cuts.add(i);
            cuts.add(i + 1);
        }
        List<List<Piece>> paragraphs = new ArrayList<>();
        List<Piece> paragraph = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            String piece = text.substring(from, to);
            if (piece.equals("\n")) {
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                    paragraph = new ArrayList<>();
                }
                continue;
            }
            Set<Claims.Claim> covering = new LinkedHashSet<>();
            for (Span span : spans) {
                if (span.begin() <= from && to <= span.end()) {
                    covering.add(span.claim());
                }
            }
            paragraph.add(new Piece(piece, covering.stream().map(Claims.Claim::id).toList(),
                    covering.stream().map(Claims.Claim::modalityKey).distinct().reduce((a, b) -> "mixed").orElse("")));
        }
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    private static int integer(Node literal) {
        return Integer.parseInt(literal.getLiteralLexicalForm());
    }

    /** An evidence span in string indices, and the claim citing it. */
    record Span(int begin, int end, Claims.Claim claim) {}

    /**
     * A piece of the text: the ids of the claims whose evidence covers it (none: plain text)
     * and the modality they share ({@code mixed} when they differ), for its colour.
     */
    record Piece(String text, List<String> claims, String modality) {}
}
