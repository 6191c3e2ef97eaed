package org.entente;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store built once from the project's own {@code data/}, shared by the tests that read it:
 * building takes seconds, and these tests only read.
 */
public final class DevelopmentStore {

    private static Path store;

    private DevelopmentStore() {}

    public static synchronized String path() {
        if (store == null) {
            try {
                store = Files.createTempDirectory("entente-dev-store").resolve("store");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Cli.ok("build", "--data", "data", "--store", store.toString());
        }
        return store.toString();
    }
}
