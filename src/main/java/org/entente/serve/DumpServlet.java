package org.entente.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;

/** {@code /dumps/{file}}: the dumps at stable addresses, streamed from disk with their checksum as ETag. */
final class DumpServlet extends HttpServlet {

    private final Dumps dumps;

    DumpServlet(Dumps dumps) {
        this.dumps = dumps;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Dumps.Dump> dump = dumps.find(Paths.after(request, "/dumps/"));
        if (dump.isEmpty()) {
            Http.error(response, HttpServletResponse.SC_NOT_FOUND, "Dumps: " + String.join(", ",
                    dumps.all().stream().map(Dumps.Dump::fileName).toList()));
            return;
        }
        String etag = "\"" + dump.get().sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Access-Control-Allow-Origin", "*");
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(dump.get().gzip() ? "application/gzip" : dump.get().mediaType() + ";charset=utf-8");
        response.setContentLengthLong(dump.get().bytes());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().fileName() + "\"");
        if (!"HEAD".equals(request.getMethod())) {
            Files.copy(dump.get().file(), response.getOutputStream());
        }
    }
}
