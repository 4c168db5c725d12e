package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee an HR snapshot adds: the pseudonym generated for them, their employee number and
 * email, hire date, and what is true of them from the hire date on (their first period).
 */
record NewcomerValue(
        String pseudonym, Optional<String> number, Optional<String> email, LocalDate hireDate, PeriodValue period) {

    NewcomerValue {
        Objects.requireNonNull(pseudonym, "pseudonym");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(hireDate, "hireDate");
        period = period.dated(hireDate, Optional.empty());
    }

    String written() {
        return period.put(ImportValue.builder()
                        .put("pseudonym", pseudonym)
                        .put("employee number", number)
                        .put("email", email)
                        .put("hire date", hireDate))
                .written();
    }

    static NewcomerValue parse(String written) {
        ImportValue value = ImportValue.parse(written);
        LocalDate hired = LocalDate.parse(value.require("hire date"));
        return new NewcomerValue(
                value.require("pseudonym"),
                value.get("employee number"),
                value.get("email"),
                hired,
                PeriodValue.read(value, hired, Optional.empty()));
    }
}
