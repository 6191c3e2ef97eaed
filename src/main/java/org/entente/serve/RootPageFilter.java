package org.entente.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The home page at {@code /}. Fuseki serves the dataset at the root, so its filter claims the
 * root path itself (and answers 400, "no endpoint") before any servlet is reached; this filter
 * runs ahead of Fuseki's and hands a GET of exactly {@code /} to the home page instead.
 */
final class RootPageFilter implements Filter {

    private final HttpServlet home;

    RootPageFilter(HttpServlet home) {
        this.home = home;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        boolean root = request.getRequestURI().equals(request.getContextPath() + "/");
        if (root && (request.getMethod().equals("GET") || request.getMethod().equals("HEAD"))) {
            home.service(req, resp);
            return;
        }
        chain.doFilter(req, resp);
    }
}
