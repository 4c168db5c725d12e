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
 * Every employee by employee number and by email (ignoring case), read once for a whole file, so
 * that a file of hundreds of thousands of rows is matched without a query per row. Matches as
 * {@link Identity#of} does.
 */
final class EmployeeIndex {

    private final Map<String, Employee> byNumber = new HashMap<>();
    private final Map<String, List<Employee>> byEmail = new HashMap<>();

    private EmployeeIndex(List<Employee> employees) {
        for (Employee employee : employees) {
            employee.employeeNumber().ifPresent(number -> byNumber.put(number, employee));
            employee.email()
                    .ifPresent(email -> byEmail.computeIfAbsent(lower(email), none -> new ArrayList<>())
                            .add(employee));
        }
    }

    static EmployeeIndex of(Employees employees) {
        return new EmployeeIndex(employees.all());
    }

    Identity identity(Optional<String> number, Optional<String> email) {
        List<Employee> found = new ArrayList<>();
        number.map(byNumber::get).ifPresent(found::add);
        email.map(address -> byEmail.getOrDefault(lower(address), List.of())).ifPresent(found::addAll);
        return Identity.among(found);
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
