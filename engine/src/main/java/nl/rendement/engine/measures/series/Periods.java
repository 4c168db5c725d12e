package nl.rendement.engine.measures.series;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import nl.rendement.engine.measures.PeriodLength;

/**
 * Calendar-aligned periods: a day; an ISO week from Monday; a month from its first; a quarter
 * from 1 January, April, July or October; a year from 1 January. An observation belongs to the
 * period containing its {@code periodStart}.
 */
final class Periods {

    private Periods() {}

    /** The first day of the period of this length that contains {@code day}. */
    static LocalDate start(PeriodLength length, LocalDate day) {
        return switch (length) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period of this length that contains {@code day}. */
    static LocalDate end(PeriodLength length, LocalDate day) {
        LocalDate start = start(length, day);
        LocalDate next = switch (length) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return next.minusDays(1);
    }
}
