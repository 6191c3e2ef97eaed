package org.entente.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;
import org.entente.ingest.DataDirectory;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;
import org.entente.store.Builder;
import org.entente.store.KnowledgeStore;

/**
 * Entente's build and exports beside what a user would otherwise run on the same data: Jena's
 * TDB2 loader on the N-Quads dump of the same store, and Jena's own RIOT writers. Each figure
 * is the median of several runs, in one process, one after the other.
 */
public final class LoadAndWrite {

    /** One measured operation: the median time of its runs and how many statements it handled. */
    public record Figure(String what, double medianMillis, long statements) {}

    private final Path data;
    private final Path work;
    private final int runs;

    public LoadAndWrite(Path data, Path work, int runs) {
        this.data = data;
        this.work = work;
        this.runs = runs;
    }

    public List<Figure> measure() throws IOException {
        List<Figure> figures = new ArrayList<>();
        Path dump = work.resolve("same-data.nq");
        IriScheme iris = new IriScheme(IriScheme.DEFAULT_BASE);
        Exporter exporter = new Exporter(Prefixes.of(iris));
        figures.add(time("entente build (convert, SHACL, load)", () -> {
            try (KnowledgeStore store = KnowledgeStore.open(fresh("entente-build"))) {
                new Builder(new DataDirectory(data), iris).build(store);
                try (OutputStream out = Files.newOutputStream(dump)) {
                    return store.read(dsg -> exporter.write(dsg, ExportFormat.nquads, Optional.empty(), out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }));
        figures.add(time("jena tdb2 loader (its N-Quads)", () -> {
            DatasetGraph dsg = TDB2Factory.connectDataset(fresh("jena-load").toString()).asDatasetGraph();
            try {
                DataLoader loader = LoaderFactory.parallelLoader(dsg, MonitorOutputs.nullOutput());
                loader.startBulk();
                loader.load(dump.toString());
                loader.finishBulk();
                return loader.countQuads();
            } finally {
                TDBInternal.expel(dsg);
            }
        }));
        try (KnowledgeStore store = KnowledgeStore.open(fresh("writers"))) {
            new Builder(new DataDirectory(data), iris).build(store);
            for (ExportFormat format : List.of(ExportFormat.nquads, ExportFormat.turtle)) {
                figures.add(time("entente export " + format + " (RDF4J Rio)", () ->
                        store.read(dsg -> exporter.write(dsg, format, Optional.empty(), OutputStream.nullOutputStream()))));
            }
            figures.add(time("jena riot write nquads", () -> Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                RDFDataMgr.write(OutputStream.nullOutputStream(), dsg, Lang.NQUADS);
                return dsg.stream().count();
            })));
            figures.add(time("jena riot write turtle (pretty)", () -> Txn.calculateRead(store.dataset(), () -> {
                var union = store.dataset().getUnionModel();
                RDFDataMgr.write(OutputStream.nullOutputStream(), union, RDFFormat.TURTLE_PRETTY);
                return union.size();
            })));
        }
        return figures;
    }

    private Figure time(String what, Supplier<Long> operation) {
        double[] millis = new double[runs];
        long statements = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            statements = operation.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Figure(what, millis[runs / 2], statements);
    }

    private Path fresh(String name) {
        try {
            return Files.createTempDirectory(work, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
