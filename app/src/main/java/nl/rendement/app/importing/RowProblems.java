package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The problems of one row as a kind checks its values: each is added to the plan when found (with
 * the employee the row was matched to), and the kind asks afterwards whether there was any.
 */
final class RowProblems {

    private final ImportPlan plan;
    private final Row row;
    private final Optional<Long> employee;
    private boolean found;

    RowProblems(ImportPlan plan, Row row, Optional<Long> employee) {
        this.plan = plan;
        this.row = row;
        this.employee = employee;
    }

    /** A problem with the row's cell in {@code column}, whose value was read as {@code value}. */
    void add(Column column, Object value, String reason, Object... arguments) {
        String written = value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
        plan.problem(row, column, written, employee, reason, arguments);
        found = true;
    }

    /** A problem with a cell the row leaves blank. */
    void blank(Column column, String reason, Object... arguments) {
        add(column, "", reason, arguments);
    }

    boolean found() {
        return found;
    }
}
