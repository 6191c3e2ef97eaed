package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.store.Directories;

/**
 * The bench's scratch directory: the copies of the store, and the server processes over them.
 * Cleaned up once, on close or at JVM shutdown (Ctrl-C), so that nothing outlives the bench.
 */
public final class Workspace implements AutoCloseable {

    private final Path dir;
    private final Thread hook = new Thread(this::close, "entente-bench-cleanup");
    private final List<ServerProcess> servers = new ArrayList<>();
    private boolean closed;

    private Workspace(Path dir) {
        this.dir = dir;
    }

    public static Workspace create() throws IOException {
        Workspace workspace = new Workspace(Files.createTempDirectory("entente-bench-"));
        Runtime.getRuntime().addShutdownHook(workspace.hook);
        return workspace;
    }

    /**
     * A copy of the store. Its lock files stay behind: they name the process that last opened the
     * original, which must not stop the copy from opening.
     */
    public Path copy(Path store, String name) throws IOException {
        Path copy = dir.resolve(name);
        try (Stream<Path> paths = Files.walk(store)) {
            for (Path source : paths.filter(p -> !p.getFileName().toString().equals("tdb.lock")).toList()) {
                Files.copy(source, copy.resolve(store.relativize(source).toString()));
            }
        }
        return copy;
    }

    public Path resolve(String name) {
        return dir.resolve(name);
    }

    public synchronized ServerProcess startFuseki(Path store) throws IOException {
        ServerProcess fuseki = ServerProcess.fuseki(store, dir.resolve("fuseki.log"));
        servers.add(fuseki);
        return fuseki;
    }

    public synchronized ServerProcess startEntente(Path store, Path data) throws IOException {
        ServerProcess entente = ServerProcess.entente(store, data, dir.resolve("entente.log"));
        servers.add(entente);
        return entente;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        servers.forEach(ServerProcess::close);
        deleteTree();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // closed by the hook itself: nothing left to unregister
        }
    }

    private void deleteTree() {
        Directories.deleteTree(dir);
    }
}
