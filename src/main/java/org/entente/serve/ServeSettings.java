package org.entente.serve;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the server runs: where it listens, the IRI base it publishes, the limits every query
 * meets, the credentials that enable writes (none: the endpoint is read-only), where the dumps
 * go, and whether the store is as the last run left it (then its complete dumps are served
 * again rather than written anew).
 */
public record ServeSettings(String host, int port, String base, long queryTimeoutMillis, int rowCap,
                            Optional<Credentials> writer, Path dumps, boolean storeUnchanged) {

    /** The one user allowed to update the store and write through the Graph Store Protocol. */
    public record Credentials(String user, String password) {}
}
