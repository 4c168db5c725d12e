package nl.rendement.engine.measures;

/** The period a KPI is observed and an improvement stated in, with how many make a year. */
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
}
