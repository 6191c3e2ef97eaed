package org.entente.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.entente.export.ExportFormat;

/**
 * Chooses a representation from an Accept header, q-values honoured (Jena's parser): the HTML
 * page or one of the RDF formats a data document is written in.
 */
final class Negotiation {

    static final String HTML = "text/html";

    /** What a resource can be had as; the first is chosen when the client accepts anything. */
    private static final List<String> OFFERED = List.of(HTML, "application/xhtml+xml", "text/turtle",
            "application/n-triples", "application/ld+json", "application/rdf+xml", "application/trig");

    private Negotiation() {}

    /** The chosen media type, or empty when nothing offered is acceptable (406). */
    static Optional<String> choose(String accept) {
        AcceptList offer = AcceptList.create(OFFERED.toArray(String[]::new));
        AcceptList wanted = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
        MediaType chosen = AcceptList.match(wanted, offer);
        if (chosen == null) {
            return Optional.empty();
        }
        String type = chosen.getContentTypeStr();
        return Optional.of(type.equals("application/xhtml+xml") ? HTML : type);
    }

    /** The RDF format for a media type the negotiation chose. */
    static ExportFormat format(String mediaType) {
        for (ExportFormat f : ExportFormat.values()) {
            if (f.rio().hasMIMEType(mediaType)) {
                return f;
            }
        }
        throw new IllegalArgumentException(mediaType);
    }
}
