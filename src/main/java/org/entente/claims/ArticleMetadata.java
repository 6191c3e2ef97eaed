package org.entente.claims;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** What is known of an article besides its text: read from {@code SLUG.meta.yaml}. */
public record ArticleMetadata(String title, String publisher, PartialDate issued, String language,
                              Optional<String> source) {

    private static final Set<String> FIELDS = Set.of("title", "publisher", "issued", "language", "source");

    /** Reads the file and checks that the publisher is a known organisation. */
    public static ArticleMetadata read(Path file, ReferenceData reference) {
        Fields f = YamlRecords.readMapping(file).fields("metadata").only(FIELDS);
        String publisher = f.text("publisher");
        if (reference.find(publisher).filter(e -> e.types().contains("Organization")).isEmpty()) {
            throw f.fail("publisher '" + publisher + "' is not an organization of the reference data");
        }
        PartialDate issued = f.partialDate("issued").orElseThrow(() -> f.fail("missing field 'issued'"));
        String language = f.text("language");
        if (!language.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*")) {
            throw f.fail("language '" + language + "' is not a BCP 47 tag such as en");
        }
        return new ArticleMetadata(f.text("title"), publisher, issued, language, f.optionalText("source"));
    }
}
