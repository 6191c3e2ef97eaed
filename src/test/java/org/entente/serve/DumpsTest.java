package org.entente.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.export.Exporter;
import org.entente.ingest.DataDirectory;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;
import org.entente.store.Builder;
import org.entente.store.KnowledgeStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dumps of an unchanged store are served again; anything less than a complete manifest is rewritten. */
class DumpsTest {

    @TempDir
    static Path dir;
    private static KnowledgeStore store;
    private static Exporter exporter;

    @BeforeAll
    static void build() {
        store = KnowledgeStore.open(dir.resolve("store"));
        new Builder(new DataDirectory(Path.of("data")), new IriScheme(IriScheme.DEFAULT_BASE)).build(store);
        exporter = new Exporter(Prefixes.of(new IriScheme(IriScheme.DEFAULT_BASE)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void anUnchangedStoreKeepsItsDumpsAndAChangedOneGetsNewOnes() throws Exception {
        Path dumps = dir.resolve("dumps");
        Dumps first = Dumps.open(store, exporter, dumps, false);
        Path ttl = first.find("entente.ttl").orElseThrow().file();
        String turtle = Files.readString(ttl);
        // A mark of the same size: a generation served again keeps it, one written anew loses it.
        String mark = "#".repeat((int) Files.size(ttl));
        Files.writeString(ttl, mark);

        Dumps again = Dumps.open(store, exporter, dumps, true);
        assertEquals(first.all(), again.all(), "the same files, sizes and checksums");
        assertTrue(Files.readString(ttl).equals(mark), "not written again");

        Files.delete(ttl.resolveSibling("manifest.tsv"));
        Dumps rewritten = Dumps.open(store, exporter, dumps, true);
        assertTrue(Files.readString(rewritten.find("entente.ttl").orElseThrow().file()).equals(turtle),
                "without its manifest a generation is not trusted");

        Files.writeString(rewritten.find("entente.ttl").orElseThrow().file(), mark);
        Dumps changed = Dumps.open(store, exporter, dumps, false);
        assertTrue(Files.readString(changed.find("entente.ttl").orElseThrow().file()).equals(turtle),
                "a changed store gets new dumps");
        try (var generations = Files.list(dumps)) {
            assertEquals(1, generations.count(), "and leaves one generation");
        }
    }
}
