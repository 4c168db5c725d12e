package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.ExitReason;
import org.springframework.stereotype.Component;

/**
 * Leavers from HR: per row an employee number or email, the last day worked and the reason. A
 * matched employee who has not left gets the exit ('add'); one who left on another day or for
 * another reason gets it corrected ('change', the old exit kept for undo); the same exit is
 * nothing to do ('same').
 */
@Component
class LeaverImport implements KindImport {

    static final Column NUMBER = PersonColumns.EMPLOYEE_NUMBER;
    static final Column EMAIL = PersonColumns.EMAIL;
    static final Column EXIT = PeopleFormats.EXIT_DATE;
    static final Column REASON = PeopleFormats.REASON;

    private final Employees employees;

    LeaverImport(Employees employees) {
        this.employees = employees;
    }

    @Override
    public ImportFormat format() {
        return PeopleFormats.LEAVERS;
    }

    @Override
    public long held() {
        return employees.count(true);
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        EmployeeIndex index = EmployeeIndex.of(employees);
        Set<Long> seen = new HashSet<>();
        for (Row row : rows) {
            Optional<String> number = row.text(NUMBER);
            Optional<String> email = row.text(EMAIL);
            LocalDate lastDay = row.date(EXIT).orElseThrow();
            String written = row.text(REASON).orElseThrow();
            Optional<ExitReason> reason = Coded.code(PeopleFormats.EXIT_REASONS, written)
                    .map(code -> ExitReason.valueOf(code.toUpperCase(Locale.ROOT)));
            Optional<Employee> employee = plan.identify(row, NUMBER, EMAIL, index.identity(number, email));
            Optional<Long> id = employee.map(Employee::id);
            if (reason.isEmpty()) {
                plan.problem(row, REASON, written, id, "importing.leavers.unknownReason", written);
            } else if (employee.isEmpty()) {
                continue;
            } else if (!seen.add(id.get())) {
                plan.problem(row, EXIT, lastDay.toString(), id, "importing.problem.duplicatePerson");
            } else if (lastDay.isBefore(employee.get().hireDate())) {
                plan.problem(
                        row,
                        EXIT,
                        lastDay.toString(),
                        id,
                        "importing.leavers.beforeHire",
                        employee.get().hireDate());
            } else {
                plan.change(
                        row,
                        employee.get().pseudonym(),
                        id,
                        employee.get().exit().map(LeaverImport::written),
                        written(new Employee.Exit(lastDay, reason.get())));
            }
        }
    }

    @Override
    public void apply(PlannedChange change, String user) {
        employees.recordExit(change.employee(), Optional.of(exit(change.newValue())));
    }

    /** Puts the old exit back, unless the employee's exit changed since the import. */
    @Override
    public void revert(PlannedChange change, String user) {
        Optional<String> now =
                employees.byId(change.employee()).flatMap(Employee::exit).map(LeaverImport::written);
        if (!now.equals(Optional.of(change.newValue()))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        employees.recordExit(change.employee(), change.oldValue().map(LeaverImport::exit));
    }

    /** An exit as an import keeps it: {@code {"exit date":"2025-03-31","reason":"voluntary"}}. */
    static String written(Employee.Exit exit) {
        return ImportValue.builder()
                .put("exit date", exit.lastDay())
                .put("reason", exit.reason().name().toLowerCase(Locale.ROOT))
                .written();
    }

    private static Employee.Exit exit(String written) {
        ImportValue value = ImportValue.parse(written);
        return new Employee.Exit(
                LocalDate.parse(value.require("exit date")),
                ExitReason.valueOf(value.require("reason").toUpperCase(Locale.ROOT)));
    }
}
