package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.store.KnowledgeStore;

/** The HTML pages of the site, by path. */
public final class Pages {

    private Pages() {}

    public static Map<String, HttpServlet> servlets(KnowledgeStore store, ServeSettings settings) {
        return new LinkedHashMap<>();
    }
}
