package org.entente.rdf;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.entente.claims.ArticleMetadata;
import org.entente.claims.ArticleClaims;
import org.entente.claims.ClaimsReader;
import org.entente.claims.ReferenceData;
import org.entente.extract.ExtractedClaims;
import org.entente.extract.Extractor;
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
    /** Made when an article without curated claims first needs it: loading the models takes a second. */
    private Extractor extractor;

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
        ArticleClaims claims = files.claims().map(claimsReader::read)
                .orElseGet(() -> extracted(text, metadata, files.text()));
        return convert(files.slug(), text, metadata, claims, files.claims().orElse(files.text()));
    }

    /** The claims of an article nobody curated, extracted and marked so (PROV-O) in its graph. */
    private ArticleClaims extracted(String text, ArticleMetadata metadata, Path source) {
        if (extractor == null) {
            extractor = new Extractor(reference);
        }
        return ExtractedClaims.of(extractor, reference, text, metadata.issued(), metadata.title(), source).claims();
    }

    /**
     * An article whose text is already cleaned and whose claims are already read (or
     * extracted); {@code claimsSource} is the file that errors about claims name.
     */
    public ConvertedArticle convert(String slug, String text, ArticleMetadata metadata, ArticleClaims claims,
                                    Path claimsSource) {
        Graph graph = new ArticleGraphBuilder(iris, claims.entities(), slug, text, claimsSource)
                .describe(metadata)
                .add(claims)
                .graph();
        int claimCount = (int) graph.stream(Node.ANY, RDF.Nodes.type, GPO.Claim.asNode()).count();
        return new ConvertedArticle(slug, iris.articleGraph(slug), graph, claimCount);
    }
}
