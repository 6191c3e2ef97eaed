package org.entente.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Set;

/**
 * HTTP Basic authentication in front of every write: SPARQL Update and Graph Store Protocol
 * requests other than reads. Reads stay open. After a write that succeeded it runs
 * {@code afterWrite} (the dataset description forgets its counts, the dumps are written again).
 */
final class WriteGuard implements Filter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final byte[] expected;
    private final Runnable afterWrite;

    WriteGuard(ServeSettings.Credentials credentials, Runnable afterWrite) {
        this.afterWrite = afterWrite;
        this.expected = ("Basic " + Base64.getEncoder().encodeToString(
                (credentials.user() + ":" + credentials.password()).getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (!READS.contains(request.getMethod())) {
            String given = request.getHeader("Authorization");
            // Constant-time comparison: the time taken says nothing of how much was right.
            if (given == null || !MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Entente writes\", charset=\"UTF-8\"");
                Http.error(response, HttpServletResponse.SC_UNAUTHORIZED,
                        request.getMethod() + " " + request.getRequestURI() + ": writes need the operator's user and password");
                return;
            }
        }
        chain.doFilter(req, resp);
        if (!READS.contains(request.getMethod()) && response.getStatus() < 300) {
            afterWrite.run();
        }
    }
}
