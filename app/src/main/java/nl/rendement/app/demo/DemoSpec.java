package nl.rendement.app.demo;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: the random seed, the size, and the last month of the 36 months of history.
 * The same spec always gives byte-identical output.
 */
public record DemoSpec(long seed, DemoSize size, YearMonth lastMonth) {

    public static final long SEED = 20240101L;
    public static final int MONTHS = 36;

    /**
     * The demo's last month unless {@code rendement.demo.last-month} names another: fixed, so that
     * every demo start gives the data whose truths and hand-calculated ROI docs/demo-data.md states.
     */
    public static final String LAST_MONTH = "2026-10";

    public DemoSpec {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(lastMonth, "lastMonth");
    }

    YearMonth firstMonth() {
        return lastMonth.minusMonths(MONTHS - 1);
    }

    /** The size of the demo: the full organisation, or a small one for tests. */
    public enum DemoSize {
        /** About 2,000 employees in 8 departments of 5 teams. */
        FULL(2000, 8, 5),
        /** About 200 employees in 4 departments of 2 teams. */
        SMALL(200, 4, 2);

        final int headcount;
        final int departments;
        final int teamsPerDepartment;

        DemoSize(int headcount, int departments, int teamsPerDepartment) {
            this.headcount = headcount;
            this.departments = departments;
            this.teamsPerDepartment = teamsPerDepartment;
        }
    }
}
