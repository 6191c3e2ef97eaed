package org.entente.serve.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import org.entente.serve.Http;
import org.entente.store.KnowledgeStore;

/** The data a page's script draws ({@code /timeline.json}, {@code /coalitions.json}), read fresh from the store. */
final class JsonServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KnowledgeStore store;
    private final Links links;
    private final Function<StoreView, Object> data;

    JsonServlet(KnowledgeStore store, Links links, Function<StoreView, Object> data) {
        this.store = store;
        this.links = links;
        this.data = data;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object value = store.read(dsg -> data.apply(new StoreView(dsg, links)));
        Http.send(request, response, JSON.writeValueAsBytes(value), "application/json");
    }
}
