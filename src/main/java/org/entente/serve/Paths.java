package org.entente.serve;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * The part of a request's path after a servlet's prefix, decoded. Public for the HTML pages
 * ({@code org.entente.serve.pages}), which read their paths the same way.
 */
public final class Paths {

    private Paths() {}

    public static String after(HttpServletRequest request, String prefix) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        String rest = uri.startsWith(prefix) ? uri.substring(prefix.length()) : "";
        return URLDecoder.decode(rest, StandardCharsets.UTF_8);
    }
}
