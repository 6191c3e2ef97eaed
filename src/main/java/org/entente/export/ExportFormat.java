package org.entente.export;

import java.util.Optional;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The file formats of an export; quad formats keep each triple's named graph. */
public enum ExportFormat {
    turtle(RDFFormat.TURTLE, false),
    trig(RDFFormat.TRIG, true),
    nquads(RDFFormat.NQUADS, true),
    ntriples(RDFFormat.NTRIPLES, false),
    jsonld(RDFFormat.JSONLD, true),
    rdfxml(RDFFormat.RDFXML, false);

    private final RDFFormat format;
    private final boolean quads;

    ExportFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public RDFFormat rio() {
        return format;
    }

    /** True when the format names graphs; the others get the union of the graphs. */
    public boolean quads() {
        return quads;
    }

    public String mediaType() {
        return format.getDefaultMIMEType();
    }

    public String fileExtension() {
        return format.getDefaultFileExtension();
    }

    /** The format whose file extension this is ("ttl", "nt", "jsonld", "rdf", "trig", "nq"). */
    public static Optional<ExportFormat> ofExtension(String extension) {
        for (ExportFormat f : values()) {
            if (f.fileExtension().equals(extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
