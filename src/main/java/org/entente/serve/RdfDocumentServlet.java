package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.entente.export.ExportFormat;
import org.entente.export.Exporter;

/**
 * A document that exists only as RDF (the dataset description): Turtle unless the client asks
 * for another RDF format; made fresh from the store for each request.
 */
final class RdfDocumentServlet extends HttpServlet {

    private final Function<String, Model> document;

    /** {@code document} makes the RDF from the server's address as the client reached it. */
    RdfDocumentServlet(Function<String, Model> document) {
        this.document = document;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(request, response, document.apply(Servers.address(request)));
    }

    /** Writes {@code model} in the RDF format the Accept header prefers (Turtle for browsers). */
    static void send(HttpServletRequest request, HttpServletResponse response, Model model) throws IOException {
        String chosen = Negotiation.choose(request.getHeader("Accept")).orElse(null);
        ExportFormat format = chosen == null || chosen.equals(Negotiation.HTML) ? ExportFormat.turtle
                : Negotiation.format(chosen);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new Exporter(model.getNsPrefixMap()).write(model.getGraph(), null, format, body);
        response.setHeader("Vary", "Accept");
        Http.send(request, response, body.toByteArray(), format.mediaType() + ";charset=utf-8");
    }
}
