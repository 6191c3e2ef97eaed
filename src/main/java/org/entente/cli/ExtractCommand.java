package org.entente.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.claims.ArticleMetadata;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;
import org.entente.export.ExportFormat;
import org.entente.extract.ExtractedClaims;
import org.entente.extract.Extraction;
import org.entente.extract.Extractor;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleReader;
import org.entente.ingest.DataDirectory;
import org.entente.ingest.InputException;
import org.entente.ingest.TextCleaner;
import org.entente.rdf.ArticleConverter;
import org.entente.rdf.ConvertedArticle;
import org.entente.export.Exporter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the claims of an article (.txt or .html) that nobody has annotated.",
                "Writes a claims file for a person to review and for build to publish, or with an RDF format "
                        + "the article's graph exactly as build would publish it."})
final class ExtractCommand implements Callable<Integer> {

    /** Far beyond any article; a bigger file is something else, and refusing it beats a long wait. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    enum Format { claims, turtle, trig, nquads }

    @ParentCommand
    Main main;

    @Parameters(paramLabel = "ARTICLE", description = "The article: plain text (.txt) or HTML (.html).")
    Path article;

    @Option(names = "--issued", paramLabel = "DATE",
            description = "Its publication date, YYYY, YYYY-MM or YYYY-MM-DD (default: from SLUG.meta.yaml beside it).")
    String issued;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "Entity key of its publisher, for the RDF formats (default: from SLUG.meta.yaml beside it).")
    String publisher;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "claims",
            description = "claims, turtle, trig or nquads (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory whose reference.yaml names the known entities (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() throws IOException {
        ReferenceData reference = ReferenceData.read(new DataDirectory(data).referenceFile());
        String slug = slug();
        Path metaFile = article.resolveSibling(stem() + ".meta.yaml");
        Optional<ArticleMetadata> meta = Files.isRegularFile(metaFile)
                ? Optional.of(ArticleMetadata.read(metaFile, reference)) : Optional.empty();
        String text = cleanText(slug, metaFile);
        PartialDate date = Optional.ofNullable(issued).map(d -> parsed("--issued", d))
                .or(() -> meta.map(ArticleMetadata::issued))
                .orElseThrow(() -> InputException.in(article, "no publication date: give --issued (or write "
                        + metaFile.getFileName() + ")"));
        String title = meta.map(ArticleMetadata::title).orElseGet(() -> text.lines().findFirst().orElse(slug).strip());
        ExtractedClaims extracted = ExtractedClaims.of(new Extractor(reference), reference, text, date, title, article);
        Extraction extraction = extracted.extraction();
        if (extraction.claims().isEmpty()) {
            throw InputException.in(article, "nothing to extract: no sentence names known entities in a way the rules read");
        }
        if (format == Format.claims) {
            write(extracted.claimsFile().getBytes(StandardCharsets.UTF_8));
        } else {
            String pub = Optional.ofNullable(publisher).or(() -> meta.map(ArticleMetadata::publisher))
                    .orElseThrow(() -> InputException.in(article, "the RDF formats need --publisher (an organization key)"));
            write(graph(reference, slug, new ArticleMetadata(title, pub, date, "en", Optional.empty()), text, extracted));
        }
        if (out != null) {
            main.out.printf("wrote %s: %d claims, %d new entities%n", out, extraction.claims().size(),
                    extraction.newEntities().size());
        }
        return 0;
    }

    private String cleanText(String slug, Path metaFile) throws IOException {
        if (!Files.isRegularFile(article)) {
            throw InputException.in(article, "file not found");
        }
        long size = Files.size(article);
        if (size > MAX_BYTES) {
            throw InputException.in(article, String.format("%.1f MB is too large for an article (at most %d MB)",
                    size / 1048576.0, MAX_BYTES / 1048576));
        }
        String text = new ArticleReader(TextCleaner.standard())
                .cleanText(new ArticleFiles(slug, article, metaFile, Optional.empty()));
        if (text.chars().anyMatch(c -> c == 0 || (c < 0x20 && c != '\n' && c != '\t'))) {
            throw InputException.in(article, "a binary file, not an article (it holds control characters)");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw InputException.in(article, "no sentences to read (the text has no words)");
        }
        return text;
    }

    /** The graph build would publish: the claims as read back from their file, converted as build converts them. */
    private byte[] graph(ReferenceData reference, String slug, ArticleMetadata metadata, String text,
                         ExtractedClaims extracted) {
        if (reference.find(metadata.publisher()).filter(e -> e.types().contains("Organization")).isEmpty()) {
            throw new IllegalArgumentException("--publisher: '" + metadata.publisher()
                    + "' is not an organization of the reference data");
        }
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        ConvertedArticle converted = new ArticleConverter(iris, reference).convert(slug, text, metadata,
                extracted.claims(), article);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Exporter(Prefixes.of(iris)).write(converted.graph(), converted.graphName(),
                ExportFormat.valueOf(format.name()), bytes);
        return bytes.toByteArray();
    }

    private void write(byte[] bytes) throws IOException {
        if (out == null) {
            main.out.write(bytes);
            main.out.flush();
            return;
        }
        Path target = out.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), ".extract", ".part");
        try (OutputStream o = Files.newOutputStream(partial)) {
            o.write(bytes);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw new UncheckedIOException(e);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String stem() {
        String name = article.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The article's slug: its file name, as an IRI segment. */
    private String slug() {
        String slug = stem().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() || slug.equals(IriScheme.REFERENCE) ? "article" : slug;
    }

    private PartialDate parsed(String option, String value) {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
