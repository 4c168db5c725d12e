package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.PersonColumns.EMAIL;
import static nl.rendement.app.importing.formats.PersonColumns.EMPLOYEE_NUMBER;
import static nl.rendement.app.importing.formats.PersonColumns.LEARNER_ID;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.LearnerIds;

/**
 * Who the rows of one LMS file are about. A learner id stands for the employee Rendement linked it
 * to; a learner id not linked yet stands for the employees that the file's rows giving it with an
 * employee number or email point at (wherever in the file those rows are). Such a row teaches
 * Rendement the learner id: {@link #planLinks} plans the link once, on the first teaching row
 * that has no problem, unless the file points the id at more than one employee.
 */
final class LearnerLinks {

    /** The longest learner id Rendement keeps. */
    private static final int MAX_LENGTH = 128;

    private final Employees employees;
    private final LearnerIds stored;
    private final Map<Integer, List<Employee>> byHr = new HashMap<>();
    private final Map<String, Optional<Employee>> linked = new HashMap<>();
    private final Map<String, Map<Long, Employee>> taught = new LinkedHashMap<>();
    private final Map<String, List<Row>> teachers = new HashMap<>();

    private LearnerLinks(Employees employees, LearnerIds stored) {
        this.employees = employees;
        this.stored = stored;
    }

    /** Reads who every row's identifiers point at, and what the file teaches. */
    static LearnerLinks of(List<Row> rows, Employees employees, LearnerIds stored) {
        LearnerLinks links = new LearnerLinks(employees, stored);
        rows.forEach(links::learnFrom);
        return links;
    }

    /** Everyone the row's learner id, employee number and email point at, together. */
    Identity identity(Row row) {
        List<Employee> pointedAt = new ArrayList<>(byHr.get(row.number()));
        row.text(LEARNER_ID).ifPresent(id -> pointedAt.addAll(standsFor(id)));
        return Identity.among(pointedAt);
    }

    /** A learner id longer than Rendement keeps is a problem of its row. */
    void checkLength(Row row, RowProblems problems) {
        row.text(LEARNER_ID)
                .filter(id -> id.length() > MAX_LENGTH)
                .ifPresent(id -> problems.add(LEARNER_ID, id, "importing.enrolments.learnerIdTooLong", MAX_LENGTH));
    }

    /** Plans each learner id the file teaches as a new link, on its first teaching row without problems. */
    void planLinks(ImportPlan plan) {
        taught.forEach((learnerId, pointedAt) -> {
            if (pointedAt.size() != 1) {
                return;
            }
            Employee employee = pointedAt.values().iterator().next();
            teachers.get(learnerId).stream()
                    .filter(row -> !plan.hasProblem(row))
                    .findFirst()
                    .ifPresent(row -> plan.change(
                            row,
                            employee.pseudonym(),
                            Optional.of(employee.id()),
                            Optional.empty(),
                            LearnerLink.written(learnerId)));
        });
    }

    private void learnFrom(Row row) {
        List<Employee> hr = Identity.candidates(employees, row.text(EMPLOYEE_NUMBER), row.text(EMAIL));
        byHr.put(row.number(), hr);
        Optional<String> learnerId = row.text(LEARNER_ID)
                .filter(id -> id.length() <= MAX_LENGTH)
                .filter(id -> linked(id).isEmpty());
        if (learnerId.isPresent() && Identity.among(hr) instanceof Identity.One one) {
            taught.computeIfAbsent(learnerId.get(), id -> new LinkedHashMap<>())
                    .put(one.employee().id(), one.employee());
            teachers.computeIfAbsent(learnerId.get(), id -> new ArrayList<>()).add(row);
        }
    }

    private List<Employee> standsFor(String learnerId) {
        Optional<Employee> link = linked(learnerId);
        if (link.isPresent()) {
            return List.of(link.get());
        }
        return List.copyOf(taught.getOrDefault(learnerId, Map.of()).values());
    }

    private Optional<Employee> linked(String learnerId) {
        return linked.computeIfAbsent(learnerId, id -> stored.employeeOf(id).flatMap(employees::byId));
    }
}
