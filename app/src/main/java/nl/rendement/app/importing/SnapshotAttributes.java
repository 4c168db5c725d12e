package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.OrgUnit;

/**
 * What a row of an HR snapshot says is true of its employee on the snapshot date, with a problem
 * for each value that cannot be: a unit that does not exist then, a job group too long for the
 * store, a salary, FTE or contract hours out of range or too precise, a currency that is not an
 * ISO code. A blank currency is the organisation's.
 */
final class SnapshotAttributes {

    private static final BigDecimal MAX_SALARY = new BigDecimal("10000000000");
    private static final BigDecimal MAX_FTE = new BigDecimal("1.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("80");

    private final Map<String, OrgUnit> units;
    private final Currency organisationCurrency;
    private final LocalDate day;
    private final ImportPlan plan;

    SnapshotAttributes(Map<String, OrgUnit> units, Currency organisationCurrency, LocalDate day, ImportPlan plan) {
        this.units = units;
        this.organisationCurrency = organisationCurrency;
        this.day = day;
        this.plan = plan;
    }

    /** What the row says is true on the snapshot date, from the day on, with problems for what cannot be. */
    PeriodValue read(Row row, Optional<Long> id) {
        String unit = row.text(SnapshotRows.UNIT).orElseThrow();
        String jobGroup = row.text(SnapshotRows.JOB_GROUP).orElseThrow();
        BigDecimal salary = row.decimal(SnapshotRows.SALARY).orElseThrow();
        BigDecimal fte = row.decimal(SnapshotRows.FTE).orElseThrow();
        BigDecimal hours = row.decimal(SnapshotRows.CONTRACT_HOURS).orElseThrow();
        OrgUnit found = units.get(unit);
        if (found == null) {
            plan.problem(row, SnapshotRows.UNIT, unit, id, "importing.hr-snapshot.unknownUnit", unit);
        } else if (!found.existsOn(day)) {
            plan.problem(row, SnapshotRows.UNIT, unit, id, "importing.hr-snapshot.unitNotOnDate", unit, day);
        }
        if (jobGroup.length() > 64) {
            plan.problem(row, SnapshotRows.JOB_GROUP, jobGroup, id, "importing.hr-snapshot.tooLong", 64);
        }
        boolean salaryFits = salary.signum() >= 0 && salary.compareTo(MAX_SALARY) < 0;
        check(row, SnapshotRows.SALARY, salary, salaryFits, 2, id, "importing.hr-snapshot.salary");
        boolean fteFits = fte.signum() > 0 && fte.compareTo(MAX_FTE) <= 0;
        check(row, SnapshotRows.FTE, fte, fteFits, 4, id, "importing.hr-snapshot.fte");
        boolean hoursFit = hours.signum() > 0 && hours.compareTo(MAX_HOURS) <= 0;
        check(row, SnapshotRows.CONTRACT_HOURS, hours, hoursFit, 2, id, "importing.hr-snapshot.hours");
        return new PeriodValue(
                day, Optional.empty(), unit, jobGroup, Optional.empty(), salary, currency(row, id), fte, hours);
    }

    private void check(
            Row row, Column column, BigDecimal value, boolean inRange, int decimals, Optional<Long> id, String reason) {
        if (!inRange || value.stripTrailingZeros().scale() > decimals) {
            plan.problem(row, column, value.toPlainString(), id, reason);
        }
    }

    private String currency(Row row, Optional<Long> id) {
        Optional<String> written = row.text(SnapshotRows.CURRENCY);
        if (written.isEmpty()) {
            return organisationCurrency.getCurrencyCode();
        }
        String code = written.get().strip().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException unknown) {
            plan.problem(
                    row,
                    SnapshotRows.CURRENCY,
                    written.get(),
                    id,
                    "importing.hr-snapshot.unknownCurrency",
                    written.get());
            return code;
        }
    }
}
