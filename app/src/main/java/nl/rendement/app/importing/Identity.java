package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;

/**
 * The employee a row speaks of, found by employee number and by email (ignoring case), and in an
 * LMS export by learner id: one employee, none, or more than one when the identifiers point at
 * different people. A row is never matched by guessing.
 */
sealed interface Identity {

    record One(Employee employee) implements Identity {}

    record None() implements Identity {}

    record Many(int candidates) implements Identity {}

    static Identity of(Employees employees, Optional<String> number, Optional<String> email) {
        return among(candidates(employees, number, email));
    }

    /** The employees the HR identifiers point at: none, one, or more when they disagree. */
    static List<Employee> candidates(Employees employees, Optional<String> number, Optional<String> email) {
        List<Employee> found = new ArrayList<>();
        number.flatMap(employees::byEmployeeNumber).ifPresent(found::add);
        email.map(employees::byEmail).ifPresent(found::addAll);
        return found;
    }

    /** One, none or many among the employees all of a row's identifiers point at, each counted once. */
    static Identity among(Collection<Employee> pointedAt) {
        Map<Long, Employee> found = new LinkedHashMap<>();
        pointedAt.forEach(employee -> found.put(employee.id(), employee));
        if (found.isEmpty()) {
            return new None();
        }
        return found.size() == 1 ? new One(found.values().iterator().next()) : new Many(found.size());
    }
}
