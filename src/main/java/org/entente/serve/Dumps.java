package org.entente.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;
import org.entente.store.Directories;
import org.entente.store.KnowledgeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The downloadable dumps, written from the store when the server starts and again after every
 * write the server accepts, each streamed to disk with its size and SHA-256 so the dataset
 * description can state them. Each writing is a generation of its own directory: a download
 * that began before a new generation finishes reading the file it began with, and the size and
 * checksum served always belong to the file served. A generation's manifest, written last,
 * lets a server that starts on an unchanged store serve it again instead of writing it anew;
 * it is deleted before the next generation is written, so a writing cut short is not trusted.
 */
final class Dumps implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Dumps.class);
    private static final String MANIFEST = "manifest.tsv";

    /** One dump file: where it is served, its format and what a client needs to check it. */
    record Dump(String fileName, ExportFormat format, boolean gzip, long bytes, String sha256, Path file) {
        String mediaType() {
            return format.mediaType();
        }
    }

    private final KnowledgeStore store;
    private final Exporter exporter;
    private final Path directory;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "entente-dumps");
        t.setDaemon(true);
        return t;
    });
    /** Whether a writing is queued that has not begun: more writes before it need no other. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile List<Dump> current;
    private int generation;

    private Dumps(KnowledgeStore store, Exporter exporter, Path directory) {
        this.store = store;
        this.exporter = exporter;
        this.directory = directory;
    }

    /**
     * The dumps of the store: the last generation an earlier run left complete when
     * {@code storeUnchanged} says the store is as that run left it, else a first generation
     * written in place of the earlier ones.
     */
    static Dumps open(KnowledgeStore store, Exporter exporter, Path directory, boolean storeUnchanged) {
        Dumps dumps = new Dumps(store, exporter, directory);
        try {
            Files.createDirectories(directory);
            List<Path> earlier;
            try (Stream<Path> listed = Files.list(directory)) {
                earlier = listed.filter(p -> p.getFileName().toString().matches("\\d+"))
                        .sorted(Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()))).toList();
            }
            Optional<List<Dump>> kept = storeUnchanged && !earlier.isEmpty()
                    ? readManifest(earlier.get(earlier.size() - 1)) : Optional.empty();
            if (kept.isPresent()) {
                dumps.generation = Integer.parseInt(earlier.get(earlier.size() - 1).getFileName().toString());
                dumps.current = kept.get();
                return dumps;
            }
            for (Path generation : earlier) {
                Directories.deleteTree(generation);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + directory, e);
        }
        dumps.current = dumps.nextGeneration();
        return dumps;
    }

    List<Dump> all() {
        return current;
    }

    Optional<Dump> find(String fileName) {
        return current.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }

    /** Writes the dumps again in the background, once for any number of calls that come before it begins. */
    void refreshLater() {
        if (queued.compareAndSet(false, true)) {
            writer.execute(() -> {
                queued.set(false);
                try {
                    Files.deleteIfExists(current.get(0).file().resolveSibling(MANIFEST));
                    current = nextGeneration();
                    // The generation before the one just replaced: a request that picked the
                    // replaced one a moment ago may still be about to open its files.
                    Directories.deleteTree(directory.resolve(Integer.toString(generation - 2)));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("the dumps were not written again; the earlier ones are served: {}", e.toString());
                }
            });
        }
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Dump> nextGeneration() {
        Path dir = directory.resolve(Integer.toString(++generation));
        try {
            Files.createDirectories(dir);
            List<Dump> written = List.of(
                    write(dir, "entente.ttl", ExportFormat.turtle, false),
                    write(dir, "entente.nq.gz", ExportFormat.nquads, true),
                    write(dir, "entente.jsonld", ExportFormat.jsonld, false));
            writeManifest(dir, written);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + dir, e);
        }
    }

    private Dump write(Path dir, String name, ExportFormat format, boolean gzip) throws IOException {
        Path file = dir.resolve(name);
        MessageDigest sha256 = sha256();
        try (OutputStream out = Files.newOutputStream(file);
             DigestOutputStream digested = new DigestOutputStream(out, sha256);
             OutputStream dump = gzip ? gzipped(digested) : digested) {
            store.read(dsg -> exporter.write(dsg, format, Optional.empty(), dump));
        }
        return new Dump(name, format, gzip, Files.size(file), HexFormat.of().formatHex(sha256.digest()), file);
    }

    /** One line per dump: file name, format, gzip, bytes, SHA-256, tab-separated. */
    private static void writeManifest(Path dir, List<Dump> dumps) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Dump d : dumps) {
            lines.append(String.join("\t", d.fileName(), d.format().name(), Boolean.toString(d.gzip()),
                    Long.toString(d.bytes()), d.sha256())).append('\n');
        }
        Files.writeString(dir.resolve(MANIFEST), lines);
    }

    /** The dumps a manifest lists, when it is there and every file has the size it states. */
    private static Optional<List<Dump>> readManifest(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            return Optional.empty();
        }
        List<Dump> dumps = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String[] f = line.split("\t");
            Path file = dir.resolve(f[0]);
            if (f.length != 5 || !Files.exists(file) || Files.size(file) != Long.parseLong(f[3])) {
                return Optional.empty();
            }
            dumps.add(new Dump(f[0], ExportFormat.valueOf(f[1]), Boolean.parseBoolean(f[2]), Long.parseLong(f[3]), f[4], file));
        }
        return dumps.size() == 3 ? Optional.of(List.copyOf(dumps)) : Optional.empty();
    }

    private static OutputStream gzipped(OutputStream out) throws IOException {
        // No file name or time in the header: an unchanged store gives the same bytes.
        return new GZIPOutputStream(out);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
