package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /id/{kind}/{slug}}: the published resource IRIs ({@code {base}{kind}/{slug}}). They name
 * things, not documents, so they answer 303 See Other: to the HTML page for a browser, to the
 * data document in the asked format for an RDF client.
 */
final class LinkedDataServlet extends HttpServlet {

    private final String base;
    private final ResourceDescriptions descriptions;

    LinkedDataServlet(String base, ResourceDescriptions descriptions) {
        this.base = base;
        this.descriptions = descriptions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Paths.after(request, "/id/");
        if (path.isEmpty() || !descriptions.exists(base + path)) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "No resource " + base + path);
            return;
        }
        Optional<String> chosen = Negotiation.choose(request.getHeader("Accept"));
        if (chosen.isEmpty()) {
            response.setHeader("Vary", "Accept");
            Http.error(response, HttpServletResponse.SC_NOT_ACCEPTABLE, "Available: text/html, text/turtle, "
                    + "application/n-triples, application/ld+json, application/rdf+xml, application/trig");
            return;
        }
        String context = request.getContextPath();
        if (chosen.get().equals(Negotiation.HTML)) {
            Http.seeOther(response, context + "/page/" + path);
        } else {
            Http.seeOther(response, context + "/doc/" + path + "." + Negotiation.format(chosen.get()).fileExtension());
        }
    }
}
