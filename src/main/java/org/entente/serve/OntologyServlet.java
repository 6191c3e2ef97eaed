package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.entente.rdf.Ontology;

/**
 * {@code /gpo}: the ontology. An RDF client gets it in the format it asks for (Turtle first); a
 * browser is sent to its HTML documentation.
 */
final class OntologyServlet extends HttpServlet {

    private final Model ontology = ModelFactory.createModelForGraph(Ontology.graph());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> chosen = Negotiation.choose(request.getHeader("Accept"));
        if (chosen.isEmpty()) {
            response.setHeader("Vary", "Accept");
            Http.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Available: text/html, text/turtle, "
                    + "application/n-triples, application/ld+json, application/rdf+xml");
        } else if (chosen.get().equals(Negotiation.HTML)) {
            Http.seeOther(response, request.getContextPath() + "/ontology");
        } else {
            RdfDocumentServlet.send(request, response, ontology);
        }
    }
}
