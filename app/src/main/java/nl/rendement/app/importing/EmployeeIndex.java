package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;

/**
 * Every employee by employee number, by email (ignoring case), by pseudonym and by id, read once
 * for a whole file, so that a file of hundreds of thousands of rows is matched without a query per
 * row. Matches as {@link Identity#of} does. An import that adds employees adds them here too.
 */
final class EmployeeIndex {

    private final Map<String, Employee> byNumber = new HashMap<>();
    private final Map<String, List<Employee>> byEmail = new HashMap<>();
    private final Map<String, Employee> byPseudonym = new HashMap<>();
    private final Map<Long, Employee> byId = new HashMap<>();

    private EmployeeIndex(List<Employee> employees) {
        employees.forEach(this::add);
    }

    static EmployeeIndex of(Employees employees) {
        return new EmployeeIndex(employees.all());
    }

    Identity identity(Optional<String> number, Optional<String> email) {
        return Identity.among(candidates(number, email));
    }

    /** The employees the HR identifiers point at, as {@link Identity#candidates} finds them. */
    List<Employee> candidates(Optional<String> number, Optional<String> email) {
        List<Employee> found = new ArrayList<>();
        number.flatMap(this::byNumber).ifPresent(found::add);
        email.map(this::byEmail).ifPresent(found::addAll);
        return found;
    }

    Optional<Employee> byNumber(String number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    List<Employee> byEmail(String email) {
        return byEmail.getOrDefault(lower(email), List.of());
    }

    Optional<Employee> byPseudonym(String pseudonym) {
        return Optional.ofNullable(byPseudonym.get(pseudonym));
    }

    Optional<Employee> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Indexes an employee the import has just added. */
    void add(Employee employee) {
        employee.employeeNumber().ifPresent(number -> byNumber.put(number, employee));
        employee.email()
                .ifPresent(email -> byEmail.computeIfAbsent(lower(email), none -> new ArrayList<>())
                        .add(employee));
        byPseudonym.put(employee.pseudonym(), employee);
        byId.put(employee.id(), employee);
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
