package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.entente.claims.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mentions are found whatever the case and punctuation, the longest match winning. */
class GazetteerTest {

    private static Gazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = new Gazetteer(ReferenceData.read(Path.of("data/reference.yaml")).entities());
    }

    private static List<String> keys(String text) {
        return gazetteer.find(text, 0, text.length()).stream()
                .map(m -> m.key() + "=" + text.substring(m.begin(), m.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cooperation in the US – Republic of Korea – Japan format  | us-japan-rok-trilateral=US – Republic of Korea – Japan format
            jet FA -18 aircraft                                       | fa-18=FA -18
            the National Liberation Army of the People’s Republic of China | peoples-liberation-army=National Liberation Army of the People’s Republic of China
            the People's Republic of China and Taiwan                 | china=People's Republic of China,taiwan=Taiwan
            SOUTH KOREA and north korea                               | south-korea=SOUTH KOREA,north-korea=north korea
            let us talk to the US                                     | united-states=US
            Xi met U.S. President Joe Biden                           | united-states=U.S,joe-biden=Joe Biden
            the Japanese Atago                                        | japan=Japanese,js-atago=Atago
            the Senkaku/Diaoyu Islands                                | senkaku-islands=Senkaku/Diaoyu Islands
            Chip4 and the Chip 4 format                               | chip-4=Chip4,chip-4=Chip 4
            """)
    void finds(String text, String expected) {
        assertEquals(List.of(expected.split(",")), keys(text));
    }

    @org.junit.jupiter.api.Test
    void aLongMatchRemembersWhatItShadows() {
        String text = "the US Air Force said";
        Mention m = gazetteer.find(text, 0, text.length()).get(0);
        assertEquals("us-air-force", m.key());
        assertEquals(List.of("united-states"), m.inner().stream().map(Mention::key).toList());
    }
}
