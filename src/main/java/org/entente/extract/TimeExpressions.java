package org.entente.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.claims.PartialDate;
import org.entente.claims.TimeSpec;

/**
 * Finds time expressions in a sentence and resolves them against the publication date, at the
 * precision the words give: "May 19-21" is a span of days, "in March this year" a month, "last
 * year" a year; "early June" stays a month whose first and last possible days are narrowed.
 * A bare month takes the year that the same sentence names, else the publication year.
 */
final class TimeExpressions {

    /** A time expression: where it stands in the cleaned text and what it means. */
    record Found(int begin, int end, TimeSpec time) {}

    /** Month names in capitals only: "may" is a verb, "mar" too. */
    private static final String MONTH = "(?-i:(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?))";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})";
    /** Words before a time that put it after the publication: "will meet on Thursday". */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|could|might|scheduled|plans?|planning|is to|are to|due|expected|next|offer(?:s|ed)? to"
            + "|propos(?:e|es|ed) to"
            // the present of a journey or a meeting states a schedule: "he flies to Tokyo on Saturday"
            + "|flies|travels|heads|visits|meets|hosts|holds|arrives|leaves|begins|starts|opens)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String PART = "(early|mid|late|the beginning of|the end of|the middle of)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String SEASON = "(spring|summer|autumn|fall|winter)";
    /** A year that dates the sentence: not one it counts from or to ("the first visit since 2016"). */
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!since |until |before |after |from )\\b" + YEAR + "\\b",
            Pattern.CASE_INSENSITIVE);

    private enum Form {
        DAY_RANGE("(?:in )?" + MONTH + " (\\d{1,2}) ?[-–] ?(\\d{1,2})(?:,? " + YEAR + ")?"),
        DAY_MONTH_YEAR("(?:on )?(\\d{1,2}) " + MONTH + ",? " + YEAR),
        MONTH_DAY_YEAR("(?:on )?" + MONTH + " (\\d{1,2}),? " + YEAR),
        // not the date of a dateline, "TOKYO, Dec 4 (Kyodo) -": the article's own date
        MONTH_DAY("(?:on )?" + MONTH + " (\\d{1,2})(?![\\d,-])(?!\\s*\\()"),
        DAY_MONTH("(?:on )?(\\d{1,2}) " + MONTH),
        HALF_OF_YEAR("(?:in )?the (first|second) half of " + YEAR),
        PART_OF_MONTH("(?:in )?" + PART + "[- ]" + MONTH + "(?: " + YEAR + ")?"),
        PART_OF_YEAR("(?:in )?" + PART + "[- ]" + YEAR),
        MONTH_YEAR("(?:in )?" + MONTH + ",? " + YEAR),
        MONTH_THIS_YEAR("(?:in )?" + MONTH + " (this|last|next) year"),
        RELATIVE("(last|this|next|past) (year|month)"),
        WEEK("(last|this|next|past) week"),
        WEEKEND("(?:for |at |over |on )?(last|this|next|the coming) weekend"),
        AGO(COUNT + " (years?|months?) ago"),
        WEEKDAY_NAMED("(?:on |last |this |next )?" + WEEKDAY),
        SEASON_RELATIVE("(last|this|next) " + SEASON),
        SINCE("since (?:" + MONTH + " )?" + YEAR),
        YEAR_ONLY("(?:in )?" + YEAR),
        MONTH_ONLY("in " + MONTH);

        final Pattern pattern;

        Form(String regex) {
            this.pattern = Pattern.compile("\\b" + regex + "\\b", Pattern.CASE_INSENSITIVE);
        }
    }

    private TimeExpressions() {}

    /** The time expressions of {@code text[from, to)}, longest first where they overlap, in text order. */
    static List<Found> find(String text, int from, int to, PartialDate issued) {
        String sentence = text.substring(from, to);
        Optional<Integer> sentenceYear = Optional.empty();
        Matcher y = ANY_YEAR.matcher(sentence);
        if (y.find()) {
            sentenceYear = Optional.of(Integer.parseInt(y.group(1)));
        }
        List<Found> found = new ArrayList<>();
        for (Form form : Form.values()) {
            Matcher m = form.pattern.matcher(sentence);
            while (m.find()) {
                int begin = from + m.start();
                int end = from + m.end();
                if (found.stream().anyMatch(f -> f.begin() < end && begin < f.end())) {
                    continue;
                }
                resolve(form, m, sentence, issued, sentenceYear).ifPresent(time -> found.add(new Found(begin, end,
                        withText(time, m.group()))));
            }
        }
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return found;
    }

    private static TimeSpec withText(TimeSpec t, String text) {
        return new TimeSpec(Optional.of(text), t.date(), t.start(), t.end(), t.earliest(), t.latest());
    }

    private static Optional<TimeSpec> resolve(Form form, Matcher m, String sentence, PartialDate issued,
                                              Optional<Integer> sentenceYear) {
        int year = issued.year();
        Context context = new Context(issued, sentenceYear, FUTURE.matcher(sentence.substring(0, m.start())).find());
        try {
            return Optional.ofNullable(switch (form) {
                case DAY_RANGE -> {
                    int y = m.group(4) != null ? Integer.parseInt(m.group(4)) : yearOf(month(m.group(1)), context);
                    int month = month(m.group(1));
                    PartialDate start = dayOf(y, month, m.group(2));
                    PartialDate end = dayOf(y, month, m.group(3));
                    yield start.firstDay().isAfter(end.firstDay()) ? null
                            : TimeSpec.of(Optional.empty(), Optional.empty(), Optional.of(start), Optional.of(end),
                            Optional.empty(), Optional.empty());
                }
                case DAY_MONTH_YEAR -> plain(dayOf(Integer.parseInt(m.group(3)), month(m.group(2)), m.group(1)));
                case MONTH_DAY_YEAR -> plain(dayOf(Integer.parseInt(m.group(3)), month(m.group(1)), m.group(2)));
                case MONTH_DAY -> plain(dayOf(yearOf(month(m.group(1)), context), month(m.group(1)), m.group(2)));
                case DAY_MONTH -> plain(dayOf(yearOf(month(m.group(2)), context), month(m.group(2)), m.group(1)));
                case HALF_OF_YEAR -> {
                    int y = Integer.parseInt(m.group(2));
                    int first = m.group(1).equalsIgnoreCase("first") ? 1 : 7;
                    yield narrowed(new PartialDate(y, 0, 0), LocalDate.of(y, first, 1),
                            YearMonth.of(y, first + 5).atEndOfMonth());
                }
                case WEEK -> week(m.group(1).toLowerCase(Locale.ROOT), issued);
                case WEEKEND -> weekend(m.group(1).toLowerCase(Locale.ROOT), issued);
                case AGO -> ago(NumberWords.value(m.group(1)).orElseThrow(), m.group(2).toLowerCase(Locale.ROOT), issued);
                case WEEKDAY_NAMED -> weekday(m.group(1), m.group().toLowerCase(Locale.ROOT),
                        sentence.substring(0, m.start()), issued);
                case PART_OF_MONTH -> {
                    int y = m.group(3) != null ? Integer.parseInt(m.group(3)) : yearOf(month(m.group(2)), context);
                    YearMonth ym = YearMonth.of(y, month(m.group(2)));
                    int[] days = partOf(m.group(1), ym.lengthOfMonth());
                    yield narrowed(PartialDate.parse(ym.toString()), ym.atDay(days[0]), ym.atDay(days[1]));
                }
                case PART_OF_YEAR -> {
                    int y = Integer.parseInt(m.group(2));
                    int[] months = partOf(m.group(1), 12);
                    yield narrowed(new PartialDate(y, 0, 0), LocalDate.of(y, months[0], 1),
                            YearMonth.of(y, months[1]).atEndOfMonth());
                }
                case MONTH_YEAR -> plain(new PartialDate(Integer.parseInt(m.group(2)), month(m.group(1)), 0));
                case MONTH_THIS_YEAR -> plain(new PartialDate(year + shift(m.group(2)), month(m.group(1)), 0));
                case RELATIVE -> relative(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT), issued);
                case SEASON_RELATIVE ->
                        season(m.group(1).toLowerCase(Locale.ROOT), m.group(2).toLowerCase(Locale.ROOT), issued);
                case YEAR_ONLY -> plain(new PartialDate(Integer.parseInt(m.group(1)), 0, 0));
                case SINCE -> {
                    // from then until the day of publication
                    PartialDate from = new PartialDate(Integer.parseInt(m.group(2)), m.group(1) == null ? 0 : month(m.group(1)), 0);
                    yield from.firstDay().isAfter(issued.lastDay()) ? null : TimeSpec.of(Optional.empty(), Optional.empty(),
                            Optional.of(from), Optional.of(issued), Optional.empty(), Optional.empty());
                }
                case MONTH_ONLY -> plain(new PartialDate(yearOf(month(m.group(1)), context), month(m.group(1)), 0));
            });
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty(); // "May 35-40" is not a date; the words stay unresolved
        }
    }

    /** "last week": Monday to Sunday of the week before the one the article was issued in. */
    private static TimeSpec week(String which, PartialDate issued) {
        if (issued.precision() != PartialDate.Precision.DATE) {
            return null;
        }
        int by = which.equals("past") ? -1 : shift(which);
        LocalDate monday = issued.firstDay().with(java.time.DayOfWeek.MONDAY).plusWeeks(by);
        return TimeSpec.of(Optional.empty(), Optional.empty(), Optional.of(day(monday)),
                Optional.of(day(monday.plusDays(6))), Optional.empty(), Optional.empty());
    }

    /** "This weekend": the Saturday and Sunday of the week the article was issued in; "last", "next" either side. */
    private static TimeSpec weekend(String which, PartialDate issued) {
        if (issued.precision() != PartialDate.Precision.DATE) {
            return null;
        }
        int by = which.equals("the coming") ? 0 : shift(which);
        LocalDate saturday = issued.firstDay().with(java.time.DayOfWeek.SATURDAY).plusWeeks(by);
        return TimeSpec.of(Optional.empty(), Optional.empty(), Optional.of(day(saturday)),
                Optional.of(day(saturday.plusDays(1))), Optional.empty(), Optional.empty());
    }

    private static TimeSpec ago(int count, String unit, PartialDate issued) {
        if (unit.startsWith("year")) {
            return plain(new PartialDate(issued.year() - count, 0, 0));
        }
        if (issued.month() == 0) {
            return null;
        }
        YearMonth ym = YearMonth.of(issued.year(), issued.month()).minusMonths(count);
        return plain(new PartialDate(ym.getYear(), ym.getMonthValue(), 0));
    }

    /**
     * "On Tuesday": the latest Tuesday up to the day of publication, as news reports the past;
     * the next one after it when the words before say the future ("will meet on Thursday").
     */
    private static TimeSpec weekday(String name, String written, String before, PartialDate issued) {
        if (issued.precision() != PartialDate.Precision.DATE) {
            return null;
        }
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        boolean future = written.startsWith("next") || (!written.startsWith("last") && FUTURE.matcher(before).find());
        LocalDate date = future
                ? issued.firstDay().with(java.time.temporal.TemporalAdjusters.nextOrSame(day))
                : issued.firstDay().with(java.time.temporal.TemporalAdjusters.previousOrSame(day));
        return plain(day(date));
    }

    private static PartialDate day(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** What dates a month named without a year: the publication, the sentence's year, the tense before it. */
    private record Context(PartialDate issued, Optional<Integer> sentenceYear, boolean future) {}

    /**
     * The year of a month named without one: the year the sentence names; else the one that puts
     * the month before the publication when the words tell of the past ("met in November", in
     * an article of July 2024: November 2023), after it when they tell of the future.
     */
    private static int yearOf(int month, Context context) {
        int year = context.issued().year();
        if (context.sentenceYear().isPresent()) {
            return context.sentenceYear().get();
        }
        if (context.issued().month() == 0) {
            return year;
        }
        if (!context.future() && month > context.issued().month()) {
            return year - 1;
        }
        return context.future() && month < context.issued().month() ? year + 1 : year;
    }

    private static PartialDate dayOf(int year, int month, String day) {
        return PartialDate.parse(String.format("%04d-%02d-%02d", year, month, Integer.parseInt(day)));
    }

    private static TimeSpec plain(PartialDate date) {
        return TimeSpec.of(Optional.empty(), Optional.of(date), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static TimeSpec narrowed(PartialDate date, LocalDate earliest, LocalDate latest) {
        return TimeSpec.of(Optional.empty(), Optional.of(date), Optional.empty(), Optional.empty(),
                Optional.of(earliest), Optional.of(latest));
    }

    /** The first and last unit (day of a month, month of a year) that "early", "mid", "late" can mean. */
    private static int[] partOf(String part, int units) {
        String p = part.toLowerCase(Locale.ROOT);
        boolean months = units == 12;
        if (p.equals("early") || p.contains("beginning")) {
            return new int[] {1, months ? 4 : 10};
        }
        if (p.equals("late") || p.contains("end")) {
            return new int[] {months ? 9 : 21, units};
        }
        return months ? new int[] {5, 8} : new int[] {11, 20};
    }

    private static int shift(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static TimeSpec relative(String which, String unit, PartialDate issued) {
        int by = which.equals("past") ? -1 : shift(which);
        if (unit.equals("year")) {
            return plain(new PartialDate(issued.year() + by, 0, 0));
        }
        if (issued.month() == 0) {
            return null; // "last month" in an article dated only by its year
        }
        YearMonth ym = YearMonth.of(issued.year(), issued.month()).plusMonths(by);
        return plain(new PartialDate(ym.getYear(), ym.getMonthValue(), 0));
    }

    /**
     * A season is months 3-5, 6-8, 9-11 or 12-2, dated by the year it begins in. "This spring" is
     * the latest one begun by the publication month; "last" and "next" are a year either side.
     */
    private static TimeSpec season(String which, String name, PartialDate issued) {
        int firstMonth = switch (name) {
            case "spring" -> 3;
            case "summer" -> 6;
            case "winter" -> 12;
            default -> 9;
        };
        int current = Math.max(issued.month(), 1) >= firstMonth ? issued.year() : issued.year() - 1;
        int year = current + shift(which);
        LocalDate first = LocalDate.of(year, firstMonth, 1);
        return narrowed(new PartialDate(year, 0, 0), first, first.plusMonths(3).minusDays(1));
    }

    /** The number of a month from its name or abbreviation ("Sept.", "Dec"). */
    private static int month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name + " is not a month");
    }
}
