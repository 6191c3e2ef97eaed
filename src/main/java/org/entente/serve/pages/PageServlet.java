package org.entente.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.entente.serve.Http;
import org.entente.store.KnowledgeStore;

/**
 * Serves one kind of HTML page: the handler reads what the page shows inside one read
 * transaction, then the page is rendered outside it.
 */
final class PageServlet extends HttpServlet {

    /** Decides a page from the request and what the store holds. */
    interface Handler {
        Page handle(HttpServletRequest request, StoreView view);
    }

    /**
     * Pages load scripts and styles from this server only and run no inline script, so a
     * value that escaped escaping still could not run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    private final KnowledgeStore store;
    private final Links links;
    private final PageTemplates templates;
    private final Handler handler;

    PageServlet(KnowledgeStore store, Links links, PageTemplates templates, Handler handler) {
        this.store = store;
        this.links = links;
        this.templates = templates;
        this.handler = handler;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Page page = store.read(dsg -> handler.handle(request, new StoreView(dsg, links)));
        byte[] body = templates.render(page).getBytes(StandardCharsets.UTF_8);
        response.setStatus(page.status());
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        Http.send(request, response, body, "text/html;charset=utf-8");
    }
}
