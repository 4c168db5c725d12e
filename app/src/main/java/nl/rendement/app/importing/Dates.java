package nl.rendement.app.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rendement.app.importing.Conventions.DateOrder;

/** Dates written as yyyy-mm-dd, or with the year last in either order, with {@code -} or {@code /}. */
final class Dates {

    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/])(\\d{1,2})\\2(\\d{4})");

    private Dates() {}

    static Optional<LocalDate> parse(String text, DateOrder order) {
        Matcher yearFirst = YEAR_FIRST.matcher(text.strip());
        if (yearFirst.matches()) {
            return date(yearFirst.group(1), yearFirst.group(3), yearFirst.group(4));
        }
        Matcher yearLast = YEAR_LAST.matcher(text.strip());
        if (yearLast.matches()) {
            boolean dayFirst = order == DateOrder.DAY_MONTH;
            String day = dayFirst ? yearLast.group(1) : yearLast.group(3);
            String month = dayFirst ? yearLast.group(3) : yearLast.group(1);
            return date(yearLast.group(4), month, day);
        }
        return Optional.empty();
    }

    /** The two leading numbers of a year-last date, or empty for any other text. */
    static Optional<int[]> leadingPair(String text) {
        Matcher yearLast = YEAR_LAST.matcher(text.strip());
        if (!yearLast.matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(yearLast.group(1)), Integer.parseInt(yearLast.group(3))});
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
