package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.entente.claims.ArticleMetadata;
import org.entente.claims.Claim;
import org.entente.claims.ClaimsReader;
import org.entente.claims.ReferenceData;
import org.entente.extract.Evaluation;
import org.entente.extract.Extractor;
import org.entente.ingest.ArticleFiles;
import org.entente.ingest.ArticleReader;
import org.entente.ingest.DataDirectory;
import org.entente.ingest.InputException;
import org.entente.ingest.TextCleaner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Extracts every article that has a curated claims file and compares: precision, recall and F1 "
                + "per claim type and per article, modality and time agreement on matched claims (with the "
                + "disagreements), and the claims missed and the spurious ones.",
                "Two claims match when they are of the same kind, name the same entities in the same roles (the "
                        + "extracted roles a subset of the curated ones, sharing at least one entity) and their "
                        + "evidence overlaps in the text. The last line reads: overall precision P recall R f1 F."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "The data directory (default: ${DEFAULT-VALUE}).")
    Path data;

    /** Counts for one claim type or one article. */
    private static final class Tally {
        int curated;
        int extracted;
        int matched;

        void add(int curated, int extracted, int matched) {
            this.curated += curated;
            this.extracted += extracted;
            this.matched += matched;
        }

        String figures() {
            double p = extracted == 0 ? 0 : (double) matched / extracted;
            double r = curated == 0 ? 0 : (double) matched / curated;
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format("precision %.2f recall %.2f f1 %.2f", p, r, f);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DataDirectory dir = new DataDirectory(data);
        ReferenceData reference = ReferenceData.read(dir.referenceFile());
        Extractor extractor = new Extractor(reference);
        ArticleReader reader = new ArticleReader(TextCleaner.standard());
        List<Evaluation.Result> results = new ArrayList<>();
        for (ArticleFiles files : dir.articles()) {
            if (files.claims().isEmpty()) {
                continue;
            }
            String text = reader.cleanText(files);
            List<Claim> curated = new ClaimsReader(reference).read(files.claims().get()).claims();
            ArticleMetadata metadata = ArticleMetadata.read(files.metadata(), reference);
            List<Claim> extracted = extractor.extract(text, metadata.issued()).claims();
            results.add(Evaluation.compare(files.slug(), text, curated, extracted));
        }
        if (results.isEmpty()) {
            throw InputException.in(data, "no article has a curated claims file to compare with");
        }
        Map<String, Tally> byType = new TreeMap<>();
        Tally overall = new Tally();
        int agreeing = 0;
        int timed = 0;
        int sameTime = 0;
        for (Evaluation.Result r : results) {
            Tally article = new Tally();
            article.add(r.curated().size(), r.extracted().size(), r.matched().size());
            overall.add(r.curated().size(), r.extracted().size(), r.matched().size());
            r.curated().forEach(i -> byType.computeIfAbsent(i.kind(), k -> new Tally()).add(1, 0, 0));
            r.extracted().forEach(i -> byType.computeIfAbsent(i.kind(), k -> new Tally()).add(0, 1, 0));
            r.matched().forEach(p -> byType.get(p.curated().kind()).add(0, 0, 1));
            long same = r.matched().stream().filter(p -> p.curated().modality() == p.extracted().modality()).count();
            agreeing += (int) same;
            out.printf("article %s: %d curated, %d extracted, %d matched: %s; modality agrees on %d of %d%n",
                    r.article(), r.curated().size(), r.extracted().size(), r.matched().size(), article.figures(),
                    same, r.matched().size());
            out.println("  missed (curated, not extracted):");
            r.missed().forEach(i -> out.println("    " + i.describe()));
            out.println("  spurious (extracted, not curated):");
            r.spurious().forEach(i -> out.println("    " + i.describe()));
            out.println("  modality disagreements (curated -> extracted):");
            r.matched().stream().filter(p -> p.curated().modality() != p.extracted().modality())
                    .forEach(p -> out.println("    " + p.curated().id() + ": " + p.curated().modality() + " -> "
                            + p.extracted().modality() + " (" + p.extracted().id() + ")"));
            List<Evaluation.Pair> withTime = r.matched().stream().filter(p -> p.curated().time().isPresent()).toList();
            timed += withTime.size();
            out.println("  time disagreements, where the curated claim has a time (curated -> extracted):");
            for (Evaluation.Pair p : withTime) {
                if (p.curated().when().equals(p.extracted().when())) {
                    sameTime++;
                } else {
                    out.println("    " + p.curated().id() + ": " + p.curated().when() + " -> " + p.extracted().when()
                            + " (" + p.extracted().id() + ")");
                }
            }
        }
        out.println("per claim type:");
        byType.forEach((type, t) -> out.printf("  %-20s curated %3d extracted %3d matched %3d  %s%n",
                type, t.curated, t.extracted, t.matched, t.figures()));
        out.printf("modality agreement on matched claims: %d of %d%n", agreeing, overall.matched);
        out.printf("time agreement on matched claims that have a curated time: %d of %d%n", sameTime, timed);
        out.println("overall " + overall.figures());
        return 0;
    }
}
