package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee: the pseudonymous key pages show, the external ids HR and learning systems use
 * (personal data), and the employment dates. Attributes that change over time are in
 * {@link EmployeePeriod}s.
 */
public record Employee(
        long id,
        String pseudonym,
        Optional<String> employeeNumber,
        Optional<String> email,
        LocalDate hireDate,
        Optional<Exit> exit) {

    public Employee {
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(exit, "exit");
        exit.ifPresent(leaving -> {
            if (leaving.lastDay().isBefore(hireDate)) {
                throw new IllegalArgumentException("An employee cannot leave before being hired");
            }
        });
    }

    /** Whether the employee worked here on this day (hire date and last day included). */
    public boolean employedOn(LocalDate day) {
        return !day.isBefore(hireDate)
                && exit.map(leaving -> !day.isAfter(leaving.lastDay())).orElse(true);
    }

    /** Leaving: the last day worked and why. */
    public record Exit(LocalDate lastDay, ExitReason reason) {

        public Exit {
            Objects.requireNonNull(lastDay, "lastDay");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
