package org.entente.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.entente.claims.ReferenceData;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.DataDirectory;
import org.entente.rdf.ArticleConverter;
import org.entente.rdf.ConvertedArticle;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Ontology;
import org.entente.rdf.Prefixes;
import org.entente.rdf.ReferenceGraph;
import org.entente.rdf.ShapeValidator;

/**
 * Builds the store from a data directory: converts each article, validates its graph with the
 * shapes, and replaces the store's graphs in one transaction, article by article, so that memory
 * holds one article at a time and a failure anywhere leaves the store as it was.
 */
public final class Builder {

    private final DataDirectory data;
    private final IriScheme iris;

    public Builder(DataDirectory data, IriScheme iris) {
        this.data = data;
        this.iris = iris;
    }

    public BuildReport build(KnowledgeStore store) {
        long started = System.nanoTime();
        ReferenceData reference = ReferenceData.read(data.referenceFile());
        Graph referenceGraph = ReferenceGraph.of(reference, iris);
        Graph ontology = Ontology.graph();
        ShapeValidator validator = new ShapeValidator(referenceGraph, ontology,
                PrefixMapping.Factory.create().setNsPrefixes(Prefixes.of(iris)));
        check(validator, "the reference data", GraphFactory.createGraphMem());
        List<ArticleFiles> articles = data.articles();
        ArticleConverter converter = new ArticleConverter(iris, reference);

        List<String> changed = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int claims = 0;
        long triples = 0;
        try (Publication publication = store.publish()) {
            triples += replace(publication, Ontology.graphName(), ontology, changed);
            triples += replace(publication, iris.referenceGraph(), referenceGraph, changed);
            for (ArticleFiles files : articles) {
                ConvertedArticle article = converter.convert(files);
                check(validator, "article " + files.slug(), article.graph());
                if (files.claims().isEmpty()) {
                    warnings.add(files.text() + ": no curated claims file; published " + article.claims()
                            + " machine-extracted claims");
                }
                claims += article.claims();
                triples += replace(publication, article.graphName(), article.graph(), changed);
            }
            List<String> removed = publication.dropOthers().stream().map(Node::getURI).toList();
            publication.commit();
            return new BuildReport(articles.size(), claims, triples, changed, removed, warnings,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static long replace(Publication publication, Node name, Graph graph, List<String> changed) {
        if (publication.replace(name, graph)) {
            changed.add(name.getURI());
        }
        return graph.size();
    }

    private static void check(ShapeValidator validator, String what, Graph graph) {
        List<String> violations = validator.violations(graph);
        if (!violations.isEmpty()) {
            throw new ValidationFailed(what, violations);
        }
    }
}
