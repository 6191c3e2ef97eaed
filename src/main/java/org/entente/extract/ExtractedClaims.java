package org.entente.extract;

import java.nio.file.Path;
import org.entente.claims.ArticleClaims;
import org.entente.claims.ClaimsReader;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;

/**
 * An article's extracted claims as a claims file and as read back from it: the one route from
 * extraction to publication, so that {@code extract}'s file and {@code build}'s graph of an
 * article without curated claims are the same claims.
 */
public record ExtractedClaims(Extraction extraction, String claimsFile, ArticleClaims claims) {

    public static ExtractedClaims of(Extractor extractor, ReferenceData reference, String text, PartialDate issued,
                                     String title, Path source) {
        Extraction extraction = extractor.extract(text, issued);
        String file = ClaimsWriter.write(extraction, title);
        return new ExtractedClaims(extraction, file, new ClaimsReader(reference).read(source, file));
    }
}
