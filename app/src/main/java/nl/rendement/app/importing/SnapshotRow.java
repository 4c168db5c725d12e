package nl.rendement.app.importing;

import java.util.Objects;
import java.util.Optional;
import nl.rendement.app.people.Employee;

/**
 * A row of an HR snapshot as read: the employee it names, stored or (with {@code newcomer}) not
 * yet known, the pseudonym they have or get, the manager as written, and what the row says is true
 * of them on the snapshot date (without the manager, who is resolved later). A row whose identity
 * could not be decided is neither stored nor a newcomer, and has a problem.
 */
record SnapshotRow(
        Row row,
        Optional<Employee> stored,
        boolean newcomer,
        String pseudonym,
        Optional<String> number,
        Optional<String> email,
        Optional<String> manager,
        PeriodValue period) {

    SnapshotRow {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(stored, "stored");
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(period, "period");
    }

    Optional<Long> employeeId() {
        return stored.map(Employee::id);
    }

    /** Whether this row is the one that names the given stored employee or newcomer. */
    boolean names(String somebody) {
        return (stored.isPresent() || newcomer) && pseudonym.equals(somebody);
    }
}
