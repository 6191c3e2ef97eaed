package org.entente.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A GET of the endpoint with no query returns its SPARQL Service Description, as the SPARQL 1.1
 * Service Description spec asks; every other request goes on to Fuseki.
 */
final class ServiceDescriptionFilter implements Filter {

    private final DatasetDescription description;

    ServiceDescriptionFilter(DatasetDescription description) {
        this.description = description;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        if ((request.getMethod().equals("GET") || request.getMethod().equals("HEAD")) && request.getQueryString() == null) {
            RdfDocumentServlet.send(request, (HttpServletResponse) resp,
                    description.serviceDescription(Servers.address(request)));
            return;
        }
        chain.doFilter(req, resp);
    }
}
