package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.graph.NodeFactory;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;

/**
 * {@code /doc/{kind}/{slug}.{ttl|nt|jsonld|rdf|trig}}: the data document about a resource, in the
 * format its suffix names. A graph's document is the graph itself (TriG keeps its name).
 */
final class DocumentServlet extends HttpServlet {

    private final String base;
    private final ResourceDescriptions descriptions;
    private final Exporter writer;

    DocumentServlet(String base, ResourceDescriptions descriptions, Exporter writer) {
        this.base = base;
        this.descriptions = descriptions;
        this.writer = writer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Paths.after(request, "/doc/");
        int dot = path.lastIndexOf('.');
        Optional<ExportFormat> format = dot < 0 ? Optional.empty()
                : ExportFormat.ofExtension(path.substring(dot + 1)).filter(f -> f != ExportFormat.nquads);
        if (format.isEmpty()) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND,
                    "A data document is /doc/{kind}/{slug}.ttl, .nt, .jsonld, .rdf or .trig");
            return;
        }
        String iri = base + path.substring(0, dot);
        Optional<ResourceDescriptions.Document> document = descriptions.document(iri);
        if (document.isEmpty()) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "No resource " + iri);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.write(document.get().content(), document.get().isGraph() ? NodeFactory.createURI(iri) : null,
                format.get(), body);
        response.setHeader("Link", "<" + iri + ">; rel=\"describes\"");
        Http.send(request, response, body.toByteArray(), format.get().mediaType() + ";charset=utf-8");
    }
}
