package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.Cli;
import org.entente.DevelopmentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each competency question of the development article is a SPARQL file; its answer over the
 * store built from {@code data/} must be exactly the one checked by hand against the article
 * (in {@code src/test/resources/competency/}).
 */
class CompetencyQuestionsTest {

    private static final Path QUERIES = Path.of("src/main/resources/queries/competency");

    static Stream<String> questions() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString().replace(".rq", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("questions")
    void answersExactly(String question) throws IOException {
        String expected = Files.readString(Path.of("src/test/resources/competency", question + ".csv"), StandardCharsets.UTF_8);
        Cli answer = Cli.ok("query", "--store", DevelopmentStore.path(), "--format", "csv",
                "--file", QUERIES.resolve(question + ".rq").toString());
        assertEquals(expected, answer.out());
    }

    @Test
    void everyQuestionOfTheCompetencyFileHasItsQuery() throws IOException {
        assertEquals(10, questions().count());
    }
}
