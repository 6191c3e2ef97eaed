package org.entente.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void eachPrecisionKeepsItsFormAndBounds() {
        PartialDate year = PartialDate.parse("2022");
        assertEquals(PartialDate.Precision.YEAR, year.precision());
        assertEquals(LocalDate.of(2022, 12, 31), year.lastDay());
        PartialDate month = PartialDate.parse("2024-02");
        assertEquals("2024-02", month.lexical());
        assertEquals(LocalDate.of(2024, 2, 29), month.lastDay());
        PartialDate day = PartialDate.parse("2023-05-19");
        assertEquals(LocalDate.of(2023, 5, 19), day.firstDay());
        assertEquals(day.firstDay(), day.lastDay());
    }

    @Test
    void impossibleDatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-02-30"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2023-13"));
        assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("May 2023"));
    }
}
