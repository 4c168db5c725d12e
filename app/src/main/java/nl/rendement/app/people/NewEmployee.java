package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A hire: the pseudonymous key, external ids, hire date and what is true from then on. */
public record NewEmployee(
        String pseudonym,
        Optional<String> employeeNumber,
        Optional<String> email,
        LocalDate hireDate,
        EmployeeAttributes attributes) {

    public NewEmployee {
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(employeeNumber, "employeeNumber");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(hireDate, "hireDate");
        Objects.requireNonNull(attributes, "attributes");
        if (!pseudonym.matches("P-[0-9A-Z]{8}")) {
            throw new IllegalArgumentException("A pseudonym looks like P-7K3Q9XMD: " + pseudonym);
        }
    }
}
