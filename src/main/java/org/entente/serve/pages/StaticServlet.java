package org.entente.serve.pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entente.serve.Http;
import org.entente.serve.Paths;

/**
 * {@code /static/*}: the pages' styles and scripts, D3 among them, from {@code static/} in the
 * jar: nothing is loaded from another site. Only the file types the pages use are served,
 * each with its content type and an ETag.
 */
final class StaticServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "txt", "text/plain;charset=utf-8",
            "svg", "image/svg+xml");

    /** The files found so far: they are in the jar, so they cannot change while the server runs. */
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = Paths.after(request, "/static/");
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        // A missing file is not remembered (computeIfAbsent keeps no null), so probing cannot fill the map.
        byte[] body = type == null || path.contains("..") ? null : files.computeIfAbsent(path, StaticServlet::read);
        if (body == null) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "No such file: /static/" + path);
            return;
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=3600");
        Http.send(request, response, body, type);
    }

    /** The file's bytes, or null when there is none. */
    private static byte[] read(String path) {
        try (InputStream in = StaticServlet.class.getResourceAsStream("/static/" + path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
