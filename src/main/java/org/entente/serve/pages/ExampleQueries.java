package org.entente.serve.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The competency questions shipped in the jar ({@code queries/competency/*.rq}), offered as
 * example queries: each file's first comment line is its question.
 */
final class ExampleQueries {

    private static final String FOLDER = "/queries/competency";

    /** One example: its file name, the question it answers and the SPARQL. */
    record Example(String name, String question, String sparql) {}

    private ExampleQueries() {}

    /** Read once at start: the jar does not change while the server runs. */
    static List<Example> load() {
        try {
            URI folder = ExampleQueries.class.getResource(FOLDER).toURI();
            if (!folder.getScheme().equals("jar")) {
                return read(Path.of(folder));
            }
            try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
                return read(jar.getPath(FOLDER));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Example> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> queries = files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
            List<Example> examples = new ArrayList<>();
            for (Path file : queries) {
                String sparql = Files.readString(file, StandardCharsets.UTF_8);
                String question = sparql.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
                examples.add(new Example(file.getFileName().toString(), question, sparql));
            }
            return List.copyOf(examples);
        }
    }
}
