package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.entente.claims.ArticleClaims;
import org.entente.claims.Claim;
import org.entente.claims.ClaimsReader;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the claims reader reads back as the same claims, entities and rules. */
class ClaimsWriterTest {

    @TempDir
    Path dir;

    @Test
    void roundTrip() throws IOException {
        ReferenceData reference = ReferenceData.read(Path.of("data/reference.yaml"));
        String text = "French President Emmanuel Macron visited Tokyo \"in early June\". "
                + "The QUAD, which includes Australia, India and Japan, met on May 19-21.\n";
        Extraction extraction = new Extractor(reference).extract(text, PartialDate.parse("2023-05"));
        Path file = Files.writeString(dir.resolve("a.claims.yaml"), ClaimsWriter.write(extraction, "A \"title\": test"));
        ArticleClaims read = new ClaimsReader(reference).read(file);
        assertEquals(Optional.of(Extractor.VERSION), read.extractor());
        assertEquals(extraction.newEntities(), read.local());
        assertEquals(extraction.ruleOfClaim(), read.ruleOfClaim());
        assertEquals(withoutLines(extraction.claims()), withoutLines(read.claims()));
    }

    private static List<Claim> withoutLines(List<Claim> claims) {
        return claims.stream().map(c -> new Claim(c.id(), 0, c.modality(), c.attributedTo(), c.evidence(), c.content()))
                .toList();
    }
}
