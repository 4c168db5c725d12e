package nl.rendement.app.importing;

import java.util.List;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.UnitReach;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Undoing the employees an HR snapshot added ({@link NewcomerHires}): each is removed again, unless
 * they changed or are referred to since.
 */
final class Newcomers {

    private final Employees employees;
    private final ImportRecords records;
    private final PeriodValues values;

    Newcomers(Employees employees, ImportRecords records, PeriodValues values) {
        this.employees = employees;
        this.records = records;
        this.values = values;
    }

    void unhire(PlannedChange change) {
        NewcomerValue newcomer = NewcomerValue.parse(change.newValue());
        Employee employee = employees
                .byPseudonym(newcomer.pseudonym())
                .filter(found -> unchanged(found, newcomer))
                .orElseThrow(() -> new ImportRefused("importing.undo.changedSince", change.row()));
        ImportRefused referred =
                new ImportRefused("importing.hr-snapshot.undoReferenced", newcomer.pseudonym(), change.row());
        if (records.committedElsewhere(employee.id(), change.newValue())) {
            throw referred;
        }
        records.release(employee.id(), change.newValue());
        try {
            employees.remove(employee.id());
        } catch (IllegalStateException | DataIntegrityViolationException inUse) {
            throw referred;
        }
    }

    private boolean unchanged(Employee employee, NewcomerValue newcomer) {
        List<String> periods = employees.history(employee.id(), UnitReach.EVERY_UNIT).stream()
                .map(values::of)
                .map(PeriodValue::written)
                .toList();
        return employee.employeeNumber().equals(newcomer.number())
                && employee.email().equals(newcomer.email())
                && employee.hireDate().equals(newcomer.hireDate())
                && employee.exit().isEmpty()
                && periods.equals(List.of(newcomer.period().written()));
    }
}
