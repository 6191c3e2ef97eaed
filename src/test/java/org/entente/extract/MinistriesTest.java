package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.entente.claims.Claim;
import org.entente.claims.PartialDate;
import org.entente.claims.ReferenceData;
import org.entente.claims.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A minister's title names the ministry of the reference data that the minister leads. */
class MinistriesTest {

    /** The evaluation corpus's reference data: it has ministries and departments. */
    private static Extractor extractor;

    @BeforeAll
    static void load() {
        extractor = new Extractor(ReferenceData.read(Path.of("src/test/resources/eval-corpus/harbour-wire/reference.yaml")));
    }

    private static Set<String> leaders(String text) {
        Set<String> out = new TreeSet<>();
        for (Claim c : extractor.extract(text, PartialDate.parse("2024-07")).claims()) {
            if (c.content() instanceof Claim.RelationContent r && r.relation() == Relation.leaderOf) {
                out.add(r.subject() + " " + r.object());
            }
        }
        return out;
    }

    @Test
    void theTitleAndTheStateNameTheMinistry() {
        assertEquals(Set.of("gilberto-teodoro philippine-department-of-national-defense",
                        "yoko-kamikawa japan-ministry-of-foreign-affairs"),
                leaders("Japanese Foreign Minister Yoko Kamikawa met Philippine Defense Secretary Gilberto Teodoro."));
    }

    @Test
    void noMinistryFitsNoClaim() {
        assertEquals(Set.of(), leaders("Japanese Prime Minister Fumio Kishida and Japanese Finance Minister Yoko Kamikawa spoke."));
    }

    @Test
    void aLeaderOfAStateByTitle() {
        assertEquals(Set.of("kim-jong-un north-korea"), leaders("North Korean leader Kim Jong Un spoke."));
    }
}
