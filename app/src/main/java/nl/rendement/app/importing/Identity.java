package nl.rendement.app.importing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;

/**
 * The employee a row speaks of, found by employee number and by email (ignoring case): one
 * employee, none, or more than one when the two identifiers point at different people. A row is
 * never matched by guessing.
 */
sealed interface Identity {

    record One(Employee employee) implements Identity {}

    record None() implements Identity {}

    record Many(int candidates) implements Identity {}

    static Identity of(Employees employees, Optional<String> number, Optional<String> email) {
        Map<Long, Employee> found = new LinkedHashMap<>();
        number.flatMap(employees::byEmployeeNumber).ifPresent(employee -> found.put(employee.id(), employee));
        email.map(employees::byEmail).ifPresent(list -> list.forEach(employee -> found.put(employee.id(), employee)));
        if (found.isEmpty()) {
            return new None();
        }
        return found.size() == 1 ? new One(found.values().iterator().next()) : new Many(found.size());
    }
}
