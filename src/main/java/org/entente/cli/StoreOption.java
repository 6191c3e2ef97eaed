package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option that every command reading the store takes. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "The TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;
}
