package org.entente.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;
import org.entente.store.KnowledgeStore;

/**
 * The downloadable dumps, written from the store when the server starts, each streamed to disk
 * with its size and SHA-256 so the dataset description can state them.
 */
final class Dumps {

    /** One dump file: where it is served, its format and what a client needs to check it. */
    record Dump(String fileName, ExportFormat format, boolean gzip, long bytes, String sha256) {
        String mediaType() {
            return format.mediaType();
        }
    }

    private final Path directory;
    private final List<Dump> dumps = new ArrayList<>();

    private Dumps(Path directory) {
        this.directory = directory;
    }

    static Dumps write(KnowledgeStore store, Exporter exporter, Path directory) {
        Dumps made = new Dumps(directory);
        try {
            Files.createDirectories(directory);
            made.dumps.add(made.write(store, exporter, "entente.ttl", ExportFormat.turtle, false));
            made.dumps.add(made.write(store, exporter, "entente.nq.gz", ExportFormat.nquads, true));
            made.dumps.add(made.write(store, exporter, "entente.jsonld", ExportFormat.jsonld, false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps in " + directory, e);
        }
        return made;
    }

    List<Dump> all() {
        return dumps;
    }

    Optional<Dump> find(String fileName) {
        return dumps.stream().filter(d -> d.fileName().equals(fileName)).findFirst();
    }

    Path file(Dump dump) {
        return directory.resolve(dump.fileName());
    }

    private Dump write(KnowledgeStore store, Exporter exporter, String name, ExportFormat format, boolean gzip)
            throws IOException {
        Path partial = directory.resolve(name + ".partial");
        MessageDigest sha256 = sha256();
        try (OutputStream file = Files.newOutputStream(partial);
             DigestOutputStream digested = new DigestOutputStream(file, sha256);
             OutputStream out = gzip ? gzipped(digested) : digested) {
            store.read(dsg -> exporter.write(dsg, format, Optional.empty(), out));
        }
        Path target = directory.resolve(name);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Dump(name, format, gzip, Files.size(target), HexFormat.of().formatHex(sha256.digest()));
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
