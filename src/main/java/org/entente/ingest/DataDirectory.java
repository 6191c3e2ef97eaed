package org.entente.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A data directory: {@code reference.yaml} plus, for each article, {@code SLUG.txt} (or
 * {@code SLUG.html}), {@code SLUG.meta.yaml} and optionally {@code SLUG.claims.yaml}.
 */
public final class DataDirectory {

    public static final String REFERENCE_FILE = "reference.yaml";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Path root;

    public DataDirectory(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path referenceFile() {
        requireRoot();
        Path file = root.resolve(REFERENCE_FILE);
        if (!Files.exists(file)) {
            throw InputException.in(file, "file not found (the reference data of the data directory)");
        }
        return file;
    }

    /** The articles, in slug order so that every build sees them in the same order. */
    public List<ArticleFiles> articles() {
        requireRoot();
        List<ArticleFiles> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String slug = name.endsWith(".txt") ? strip(name, ".txt")
                        : name.endsWith(".html") && !Files.exists(root.resolve(strip(name, ".html") + ".txt"))
                        ? strip(name, ".html") : null;
                if (slug != null) {
                    found.add(filesOf(slug, file));
                }
            }
        } catch (IOException e) {
            throw InputException.in(root, "cannot list: " + e.getMessage());
        }
        return found;
    }

    private void requireRoot() {
        if (!Files.isDirectory(root)) {
            throw InputException.in(root, "data directory not found");
        }
    }

    private ArticleFiles filesOf(String slug, Path text) {
        if (!SLUG.matcher(slug).matches()) {
            throw InputException.in(text, "article file names must be lower-case slugs ([a-z0-9-]), as they become IRIs");
        }
        Path metadata = root.resolve(slug + ".meta.yaml");
        if (!Files.isRegularFile(metadata)) {
            throw InputException.in(metadata, "file not found (every article needs its metadata)");
        }
        Path claims = root.resolve(slug + ".claims.yaml");
        return new ArticleFiles(slug, text, metadata, Files.exists(claims) ? Optional.of(claims) : Optional.empty());
    }

    private static String strip(String name, String suffix) {
        return name.substring(0, name.length() - suffix.length());
    }
}
