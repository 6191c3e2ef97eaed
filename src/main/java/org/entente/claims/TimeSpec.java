package org.entente.claims;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When something happened, as written and as resolved: either one date or a start and an end,
 * each at the text's precision, plus the first and last day it can mean (for sorting and
 * comparing). {@code earliest}/{@code latest} are given explicitly where the words narrow the
 * date ("early June": June, days 1 to 10).
 */
public record TimeSpec(Optional<String> text, Optional<PartialDate> date, Optional<PartialDate> start,
                       Optional<PartialDate> end, LocalDate earliest, LocalDate latest) {

    public TimeSpec {
        if (date.isPresent() == (start.isPresent() || end.isPresent())) {
            throw new IllegalArgumentException("a time has either a date or a start and/or an end");
        }
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("time: earliest " + earliest + " is after latest " + latest);
        }
    }

    /** Derives the bounds from the dates wherever they are not given. */
    public static TimeSpec of(Optional<String> text, Optional<PartialDate> date, Optional<PartialDate> start,
                              Optional<PartialDate> end, Optional<LocalDate> earliest, Optional<LocalDate> latest) {
        LocalDate first = earliest.orElseGet(() -> date.or(() -> start).or(() -> end)
                .map(PartialDate::firstDay).orElseThrow(() -> new IllegalArgumentException("a time needs a date, a start or an end")));
        LocalDate last = latest.orElseGet(() -> date.or(() -> end).or(() -> start)
                .map(PartialDate::lastDay).orElseThrow());
        return new TimeSpec(text, date, start, end, first, last);
    }
}
