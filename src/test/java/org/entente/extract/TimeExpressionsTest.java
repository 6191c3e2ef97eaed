package org.entente.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.entente.claims.PartialDate;
import org.entente.claims.TimeSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time expressions resolved against an article issued in May 2023, at the precision the words give. */
class TimeExpressionsTest {

    private static final PartialDate ISSUED = PartialDate.parse("2023-05");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            They meet in Hiroshima on May 19-21.            | May 19-21          | -       | 2023-05-19 | 2023-05-21 | 2023-05-19 | 2023-05-21
            He went to Tokyo in March this year.            | in March this year | 2023-03 | -          | -          | 2023-03-01 | 2023-03-31
            Exercises were held last year.                  | last year          | 2022    | -          | -          | 2022-01-01 | 2022-12-31
            Last month, the navies met.                     | Last month         | 2023-04 | -          | -          | 2023-04-01 | 2023-04-30
            Plans will be discussed in early June.          | in early June      | 2023-06 | -          | -          | 2023-06-01 | 2023-06-10
            It was frozen in 2019.                          | in 2019            | 2019    | -          | -          | 2019-01-01 | 2019-12-31
            In early 2023, he visited Seoul.                | In early 2023      | 2023    | -          | -          | 2023-01-01 | 2023-04-30
            He came to power after the election last spring. | last spring       | 2022    | -          | -          | 2022-03-01 | 2022-05-31
            The talks began on 3 March 2023.                | on 3 March 2023    | 2023-03-03 | -       | -          | 2023-03-03 | 2023-03-03
            The pact lapsed in late 2021.                   | in late 2021       | 2021    | -          | -          | 2021-09-01 | 2021-12-31
            """)
    void resolves(String sentence, String written, String date, String start, String end, String earliest, String latest) {
        assertResolved(sentence, ISSUED, written, date, start, end, earliest + " " + latest);
    }

    /** The one expression of the sentence, as written and resolved ("-" for no date, start or end). */
    private static void assertResolved(String sentence, PartialDate issued, String written, String date, String start,
                                       String end, String earliestAndLatest) {
        List<TimeExpressions.Found> found = TimeExpressions.find(sentence, 0, sentence.length(), issued);
        assertEquals(1, found.size(), found.toString());
        TimeSpec t = found.get(0).time();
        assertEquals(Optional.of(written), t.text());
        assertEquals(written, sentence.substring(found.get(0).begin(), found.get(0).end()));
        assertEquals(date.equals("-") ? Optional.empty() : Optional.of(PartialDate.parse(date)), t.date());
        assertEquals(start.equals("-") ? Optional.empty() : Optional.of(PartialDate.parse(start)), t.start());
        assertEquals(end.equals("-") ? Optional.empty() : Optional.of(PartialDate.parse(end)), t.end());
        assertEquals(earliestAndLatest, t.earliest() + " " + t.latest());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            China banned the exports on Tuesday.            | on Tuesday         | 2024-12-03 | -          | -          | 2024-12-03 | 2024-12-03
            The ministers will meet on Thursday.            | on Thursday        | 2024-12-05 | -          | -          | 2024-12-05 | 2024-12-05
            The talks were held on Wednesday.               | on Wednesday       | 2024-12-04 | -          | -          | 2024-12-04 | 2024-12-04
            Seoul protested last week.                      | last week          | -          | 2024-11-25 | 2024-12-01 | 2024-11-25 | 2024-12-01
            He visited Seoul on Nov. 28.                    | on Nov. 28         | 2024-11-28 | -          | -          | 2024-11-28 | 2024-11-28
            They signed it on 12 June.                      | on 12 June         | 2024-06-12 | -          | -          | 2024-06-12 | 2024-06-12
            Sales grew in the first half of 2023.           | in the first half of 2023 | 2023 | -      | -          | 2023-01-01 | 2023-06-30
            Japan joined two years ago.                     | two years ago      | 2022       | -          | -          | 2022-01-01 | 2022-12-31
            He flies to Tokyo on Saturday.                  | on Saturday        | 2024-12-07 | -          | -          | 2024-12-07 | 2024-12-07
            They scheduled an air exercise for this weekend. | for this weekend  | -          | 2024-12-07 | 2024-12-08 | 2024-12-07 | 2024-12-08
            The council could meet as early as Monday.      | Monday             | 2024-12-09 | -          | -          | 2024-12-09 | 2024-12-09
            Xi has not been to Australia since 2014.        | since 2014         | -          | 2014       | 2024-12-04 | 2014-01-01 | 2024-12-04
            """)
    void resolvesAgainstTheDayOfPublication(String sentence, String written, String date, String start, String end,
                                            String earliest, String latest) {
        assertResolved(sentence, PartialDate.parse("2024-12-04"), written, date, start, end, earliest + " " + latest);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2022, the leaders were invited to the summit in Madrid in June. | in June | 2022-06
            The ministers met in June.                                         | in June | 2022-06
            The ministers will meet in June.                                   | in June | 2023-06
            The ministers will meet in March.                                  | in March | 2024-03
            The ministers met in March.                                        | in March | 2023-03
            He visited Beijing in early November, the first visit since 2016.  | in early November | 2022-11
            """)
    void aBareMonthTakesTheYearOfItsSentenceElseTheOneItsTenseGives(String sentence, String written, String date) {
        TimeSpec t = TimeExpressions.find(sentence, 0, sentence.length(), ISSUED).stream()
                .filter(f -> f.time().text().orElseThrow().equals(written)).findFirst().orElseThrow().time();
        assertEquals(Optional.of(PartialDate.parse(date)), t.date());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The first official visit in 12 years.
            It met on May 35-40 of no year.
            May the talks succeed.
            The bloc may 12 times decide.
            TOKYO, Dec 4 (Kyodo) - Nothing else.
            """)
    void wordsThatAreNoDateStayUnresolved(String sentence) {
        assertTrue(TimeExpressions.find(sentence, 0, sentence.length(), ISSUED).isEmpty());
    }

    @org.junit.jupiter.api.Test
    void lastMonthNeedsAMonthOfIssue() {
        String s = "Last month, the navies met.";
        assertTrue(TimeExpressions.find(s, 0, s.length(), PartialDate.parse("2023")).isEmpty());
    }
}
