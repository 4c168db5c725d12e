package nl.rendement.engine.measures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a KPI is observed and an improvement stated in, with how many make a year. Periods
 * are calendar-aligned: a day; an ISO week from Monday; a month from its first; a quarter from 1
 * January, April, July or October; a year from 1 January.
 */
public enum PeriodLength {
    DAY(365),
    WEEK(52),
    MONTH(12),
    QUARTER(4),
    YEAR(1);

    private final int perYear;

    PeriodLength(int perYear) {
        this.perYear = perYear;
    }

    /** Periods in a year, for annualising a change (METHOD §5 step 4): calendar days, weeks, months. */
    public int perYear() {
        return perYear;
    }

    /** The first day of the period of this length that contains {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The last day of the period of this length that contains {@code day}. */
    public LocalDate end(LocalDate day) {
        LocalDate start = start(day);
        LocalDate next = switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return next.minusDays(1);
    }
}
