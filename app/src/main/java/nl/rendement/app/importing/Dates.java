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

    private static final int[] ISO_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};

    private Dates() {}

    static Optional<LocalDate> parse(String text, DateOrder order) {
        String stripped = text.strip();
        if (isoShaped(stripped)) {
            return date(stripped.substring(0, 4), stripped.substring(5, 7), stripped.substring(8, 10));
        }
        Matcher yearFirst = YEAR_FIRST.matcher(stripped);
        if (yearFirst.matches()) {
            return date(yearFirst.group(1), yearFirst.group(3), yearFirst.group(4));
        }
        Matcher yearLast = YEAR_LAST.matcher(stripped);
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
        String stripped = text.strip();
        if (!separatorAt(stripped, 1) && !separatorAt(stripped, 2)) {
            // a year-last date has its first separator after one or two digits: most files' dates are yyyy-mm-dd
            return Optional.empty();
        }
        Matcher yearLast = YEAR_LAST.matcher(stripped);
        if (!yearLast.matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(yearLast.group(1)), Integer.parseInt(yearLast.group(3))});
    }

    /**
     * {@code yyyy-mm-dd} exactly, as most files write every date: read without a pattern (a
     * million-row file's dates are most of its reading). Any other shape takes the patterns.
     */
    private static boolean isoShaped(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int index : ISO_DIGITS) {
            char c = text.charAt(index);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean separatorAt(String text, int index) {
        return index < text.length() && (text.charAt(index) == '-' || text.charAt(index) == '/');
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
