package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What was true of an employee from {@code validFrom} until {@code validTo} (exclusive; empty: still). */
public record EmployeePeriod(
        long employeeId, LocalDate validFrom, Optional<LocalDate> validTo, EmployeeAttributes attributes) {

    public EmployeePeriod {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(attributes, "attributes");
        if (validTo.isPresent() && !validTo.get().isAfter(validFrom)) {
            throw new IllegalArgumentException("A period lasts at least one day");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(day::isBefore).orElse(true);
    }
}
