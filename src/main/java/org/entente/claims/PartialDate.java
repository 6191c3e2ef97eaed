package org.entente.claims;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar date at the precision a text gives it: a year, a month of a year, or a day. */
public record PartialDate(int year, int month, int day) {

    /** How precise a date is; the names are those of the XML Schema datatypes that carry them. */
    public enum Precision { YEAR, YEAR_MONTH, DATE }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; an impossible date (2023-02-30) is refused. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            if (day > 0) {
                LocalDate.of(year, month, day);
            } else if (month > 0) {
                YearMonth.of(year, month);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a real date (" + e.getMessage() + ")");
        }
        return new PartialDate(year, month, day);
    }

    public Precision precision() {
        return day > 0 ? Precision.DATE : month > 0 ? Precision.YEAR_MONTH : Precision.YEAR;
    }

    /** The lexical form in its XML Schema datatype: 2023, 2023-05 or 2023-05-19. */
    public String lexical() {
        return switch (precision()) {
            case YEAR -> String.format("%04d", year);
            case YEAR_MONTH -> String.format("%04d-%02d", year, month);
            case DATE -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    public LocalDate lastDay() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case YEAR_MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DATE -> firstDay();
        };
    }

    @Override
    public String toString() {
        return lexical();
    }
}
