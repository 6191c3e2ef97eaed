package org.entente.rdf;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.entente.claims.ArticleMetadata;
import org.entente.claims.Claim;
import org.entente.claims.ClaimsReader;
import org.entente.claims.ReferenceData;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleReader;
import org.entente.ingest.InputException;
import org.entente.ingest.TextCleaner;

/** From an article's files to its named graph: reads, cleans, checks the claims and writes RDF. */
public final class ArticleConverter {

    private final IriScheme iris;
    private final ReferenceData reference;
    private final ArticleReader reader = new ArticleReader(TextCleaner.standard());
    private final ClaimsReader claimsReader;

    public ArticleConverter(IriScheme iris, ReferenceData reference) {
        this.iris = iris;
        this.reference = reference;
        this.claimsReader = new ClaimsReader(reference);
    }

    public ConvertedArticle convert(ArticleFiles files) {
        if (files.slug().equals(IriScheme.REFERENCE)) {
            throw InputException.in(files.text(), "'reference' names the reference graph; rename the article");
        }
        String text = reader.cleanText(files);
        ArticleMetadata metadata = ArticleMetadata.read(files.metadata(), reference);
        List<Claim> claims = files.claims().map(claimsReader::read).orElse(List.of());
        ArticleGraphBuilder builder = new ArticleGraphBuilder(iris, reference, files.slug(), text,
                files.claims().orElse(files.text()))
                .describe(metadata)
                .add(claims);
        Graph graph = builder.graph();
        int claimCount = (int) graph.stream(Node.ANY, RDF.Nodes.type, GPO.Claim.asNode()).count();
        return new ConvertedArticle(files.slug(), iris.articleGraph(files.slug()), graph, claimCount);
    }
}
