package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.ServerConnector;
import org.entente.export.Exporter;
import org.entente.rdf.IriScheme;
import org.entente.rdf.Prefixes;
import org.entente.store.KnowledgeStore;

/**
 * The published knowledge graph over HTTP, on embedded Jena Fuseki: the SPARQL endpoint
 * ({@code /sparql}, Graph Store Protocol at {@code /data}), dereferenceable resources
 * ({@code /id/...}), data documents ({@code /doc/...}), the dataset description and dumps, and the
 * HTML pages it is given (made in {@code org.entente.serve.pages}, which this package does not know).
 */
public final class EntenteServer implements AutoCloseable {

    private final FusekiServer fuseki;
    private final Dumps dumps;
    private final String url;

    private EntenteServer(FusekiServer fuseki, Dumps dumps, String url) {
        this.fuseki = fuseki;
        this.dumps = dumps;
        this.url = url;
    }

    /**
     * Writes the dumps, then starts serving; returns once the server listens. {@code pages} are
     * servlets by path ({@code Pages.servlets}); the one at {@code ""} is the home page at {@code /}.
     */
    public static EntenteServer start(KnowledgeStore store, ServeSettings settings, Map<String, HttpServlet> pages) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        // Fuseki reads the time limit from the dataset's context and cancels a query that runs over.
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeoutMillis()));
        boolean writable = settings.writer().isPresent();
        Exporter exporter = new Exporter(Prefixes.of(new IriScheme(settings.base())));
        Dumps dumps = Dumps.open(store, exporter, settings.dumps(), settings.storeUnchanged());
        DatasetDescription description = new DatasetDescription(store, settings.base(), writable);
        ResourceDescriptions resources = new ResourceDescriptions(store);

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(writable ? Operation.GSP_RW : Operation.GSP_R, "data");
        if (writable) {
            service.addEndpoint(Operation.Update, "update");
        }
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(isLoopback(settings.host()))
                .enableCors(true)
                .registerOperation(Operation.Query, new CappedQueryService(settings.rowCap()))
                .add("/", service)
                .addFilter("/sparql", new ServiceDescriptionFilter(description))
                .addServlet("/id/*", new LinkedDataServlet(settings.base(), resources))
                .addServlet("/doc/*", new DocumentServlet(settings.base(), resources, exporter))
                .addServlet("/gpo", new OntologyServlet())
                .addServlet("/.well-known/void", new RdfDocumentServlet(server -> description.voidAndDcat(server, dumps.all())))
                .addServlet("/dumps/*", new DumpServlet(dumps));
        settings.writer().ifPresent(credentials -> {
            WriteGuard guard = new WriteGuard(credentials, () -> {
                description.storeChanged();
                dumps.refreshLater();
            });
            builder.addFilter("/update", guard).addFilter("/data", guard);
        });
        pages.forEach(builder::addServlet);
        HttpServlet home = pages.get("");
        if (home != null) {
            builder.addFilter("", new RootPageFilter(home));
        }
        FusekiServer fuseki = builder.build();
        if (!isLoopback(settings.host())) {
            for (var connector : fuseki.getJettyServer().getConnectors()) {
                ((ServerConnector) connector).setHost(settings.host().equals("0.0.0.0") ? null : settings.host());
            }
        }
        fuseki.start();
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return new EntenteServer(fuseki, dumps, "http://" + host + ":" + fuseki.getHttpPort());
    }

    /** The server's address, e.g. {@code http://127.0.0.1:3030}. */
    public String url() {
        return url;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
        dumps.close();
    }

    private static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }
}
