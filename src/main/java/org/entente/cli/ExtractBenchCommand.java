package org.entente.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;
import org.entente.extract.ArticleGenerator;
import org.entente.extract.Extractor;
import org.entente.extract.Timings;
import org.entente.ingest.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract-bench", mixinStandardHelpOptions = true,
        description = {"Generates a corpus of articles of realistic length from the reference data (always the same "
                + "for the same options), extracts them all on one thread and prints articles per second and MB per "
                + "second, overall and for each stage of the pipeline; then the time per word of articles 1, 4 and 16 "
                + "times as long, which stays flat when extraction is linear in the text."})
final class ExtractBenchCommand implements Callable<Integer> {

    /** About the length of a long analysis piece (the development article has some 1,900 words). */
    private static final int WORDS = 1500;
    private static final long SEED = 20230501L;
    private static final PartialDate ISSUED = PartialDate.parse("2023-05");

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
            description = "How many articles to generate and extract (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory whose reference.yaml gives the entities (default: ${DEFAULT-VALUE}).")
    Path data;

    @Override
    public Integer call() {
        if (articles < 1) {
            throw new IllegalArgumentException("--articles must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        ReferenceData reference = ReferenceData.read(new DataDirectory(data).referenceFile());
        ArticleGenerator generator = new ArticleGenerator(reference, SEED);
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < articles; i++) {
            String article = generator.article(WORDS);
            corpus.add(article);
            bytes += article.getBytes(StandardCharsets.UTF_8).length;
        }
        Extractor extractor = new Extractor(reference);
        // Warm the JIT on a few articles so that the figures describe the steady state.
        for (int i = 0; i < Math.min(20, corpus.size()); i++) {
            extractor.extract(corpus.get(i), ISSUED);
        }
        Timings timings = new Timings();
        long claims = 0;
        long start = System.nanoTime();
        for (String article : corpus) {
            claims += extractor.extract(article, ISSUED, timings).claims().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double mb = bytes / 1e6;
        out.printf("extract-bench: %d articles, %.1f MB, %d claims, %.1f s on one thread%n", articles, mb, claims, seconds);
        out.printf("overall      %8.1f articles/s %8.2f MB/s%n", articles / seconds, mb / seconds);
        for (Timings.Stage stage : Timings.Stage.values()) {
            double s = timings.nanos(stage) / 1e9;
            out.printf("%-12s %8.1f articles/s %8.2f MB/s  (%.1f s, %.0f%% of the time)%n", stage.name().toLowerCase(),
                    articles / s, mb / s, s, 100 * s / seconds);
        }
        scaling(out, reference, extractor);
        return 0;
    }

    /** Articles 1, 4 and 16 times the usual length, as many words of each: microseconds per word. */
    private static void scaling(PrintWriter out, ReferenceData reference, Extractor extractor) {
        out.println("length         articles   ms per article   us per word");
        ArticleGenerator generator = new ArticleGenerator(reference, SEED + 1);
        for (int times : new int[] {1, 4, 16}) {
            int count = Math.max(2, 32 / times);
            List<String> articles = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                articles.add(generator.article(WORDS * times));
            }
            long start = System.nanoTime();
            for (String article : articles) {
                extractor.extract(article, ISSUED);
            }
            double ms = (System.nanoTime() - start) / 1e6 / count;
            out.printf("%6d words %9d %16.1f %13.1f%n", WORDS * times, count, ms, 1000 * ms / (WORDS * times));
        }
    }
}
