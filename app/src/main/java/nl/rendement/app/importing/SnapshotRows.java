package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.Pseudonyms;

/**
 * Reads the rows of an HR snapshot one by one: who each names (a stored employee, or a newcomer
 * who gets a fresh pseudonym), and whether what it says can be true on the snapshot date. Everything
 * that needs other rows (managers) is checked afterwards.
 */
final class SnapshotRows {

    static final Column NUMBER = PersonColumns.EMPLOYEE_NUMBER;
    static final Column EMAIL = PersonColumns.EMAIL;
    static final Column HIRE_DATE = PeopleFormats.HIRE_DATE;
    static final Column UNIT = PeopleFormats.UNIT;
    static final Column JOB_GROUP = PeopleFormats.JOB_GROUP;
    static final Column MANAGER = PeopleFormats.MANAGER;
    static final Column SALARY = PeopleFormats.SALARY;
    static final Column CURRENCY = PeopleFormats.CURRENCY;
    static final Column FTE = PeopleFormats.FTE;
    static final Column CONTRACT_HOURS = PeopleFormats.CONTRACT_HOURS;

    private final EmployeeIndex employees;
    private final SnapshotAttributes attributes;
    private final RandomGenerator random;
    private final LocalDate day;
    private final ImportPlan plan;
    private final Set<Long> seen = new HashSet<>();
    private final Set<String> newcomerKeys = new HashSet<>();
    private final Set<String> pseudonyms = new HashSet<>();
    private final Set<Long> mentioned = new HashSet<>();

    SnapshotRows(
            EmployeeIndex employees,
            Map<String, OrgUnit> units,
            Currency organisationCurrency,
            RandomGenerator random,
            LocalDate day,
            ImportPlan plan) {
        this.employees = employees;
        this.attributes = new SnapshotAttributes(units, organisationCurrency, day, plan);
        this.random = random;
        this.day = day;
        this.plan = plan;
    }

    List<SnapshotRow> read(List<Row> rows) {
        List<SnapshotRow> read = new ArrayList<>();
        rows.forEach(row -> read.add(read(row)));
        return read;
    }

    /** The stored employees some row names by number or email, whether or not the row could be matched. */
    Set<Long> mentioned() {
        return Set.copyOf(mentioned);
    }

    private SnapshotRow read(Row row) {
        Optional<String> number = row.text(NUMBER);
        Optional<String> email = row.text(EMAIL);
        List<Employee> found = employees.candidates(number, email);
        found.forEach(one -> mentioned.add(one.id()));
        Identity identity = Identity.among(found);
        boolean newcomer = identity instanceof Identity.None && (number.isPresent() || email.isPresent());
        Optional<Employee> stored = Optional.empty();
        String pseudonym = "";
        if (newcomer) {
            plan.newcomer();
            pseudonym = newPseudonym();
            checkNewcomer(row, number, email);
        } else {
            stored = plan.identify(row, NUMBER, EMAIL, identity);
            pseudonym = stored.map(Employee::pseudonym).orElse("");
            stored.ifPresent(employee -> checkStored(row, employee));
        }
        PeriodValue period = attributes.read(row, stored.map(Employee::id));
        checkHireDate(row, stored);
        return new SnapshotRow(row, stored, newcomer, pseudonym, number, email, row.text(MANAGER), period);
    }

    private void checkStored(Row row, Employee employee) {
        Optional<Long> id = Optional.of(employee.id());
        if (!seen.add(employee.id())) {
            plan.problem(row, identifiedBy(row), given(row), id, "importing.problem.duplicatePerson");
        }
        employee.exit()
                .filter(exit -> exit.lastDay().isBefore(day))
                .ifPresent(exit -> plan.problem(
                        row,
                        identifiedBy(row),
                        given(row),
                        id,
                        "importing.hr-snapshot.leftBefore",
                        exit.lastDay(),
                        day));
    }

    private void checkNewcomer(Row row, Optional<String> number, Optional<String> email) {
        boolean again =
                number.filter(text -> !newcomerKeys.add("number " + text)).isPresent();
        again |= email.filter(text -> !newcomerKeys.add("email " + text.toLowerCase(Locale.ROOT)))
                .isPresent();
        if (again) {
            plan.problem(row, identifiedBy(row), given(row), Optional.empty(), "importing.problem.duplicatePerson");
        }
        number.filter(text -> text.length() > 64)
                .ifPresent(
                        text -> plan.problem(row, NUMBER, text, Optional.empty(), "importing.hr-snapshot.tooLong", 64));
        email.filter(text -> text.length() > 254)
                .ifPresent(
                        text -> plan.problem(row, EMAIL, text, Optional.empty(), "importing.hr-snapshot.tooLong", 254));
    }

    private void checkHireDate(Row row, Optional<Employee> stored) {
        LocalDate hired = row.date(HIRE_DATE).orElseThrow();
        Optional<Long> id = stored.map(Employee::id);
        if (stored.filter(employee -> !employee.hireDate().equals(hired)).isPresent()) {
            plan.problem(
                    row,
                    HIRE_DATE,
                    hired.toString(),
                    id,
                    "importing.hr-snapshot.hireDateDiffers",
                    stored.get().hireDate());
        } else if (hired.isAfter(day)) {
            plan.problem(row, HIRE_DATE, hired.toString(), id, "importing.hr-snapshot.hiredAfter", hired, day);
        }
    }

    private String newPseudonym() {
        String pseudonym = Pseudonyms.next(random);
        while (!pseudonyms.add(pseudonym) || employees.byPseudonym(pseudonym).isPresent()) {
            pseudonym = Pseudonyms.next(random);
        }
        return pseudonym;
    }

    private static Column identifiedBy(Row row) {
        return row.text(NUMBER).isPresent() ? NUMBER : EMAIL;
    }

    private static String given(Row row) {
        return row.text(identifiedBy(row)).orElse("");
    }
}
