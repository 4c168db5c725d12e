package nl.rendement.app.demo;

import java.time.LocalDate;
import java.util.Optional;

/** Reads a generated person's history as of a day, as the stores would. */
final class DemoHistory {

    private DemoHistory() {}

    static boolean employedOn(DemoOrganisation.Person person, LocalDate day) {
        return !person.hireDate().isAfter(day)
                && person.exit().map(exit -> !exit.lastDay().isBefore(day)).orElse(true);
    }

    static Optional<DemoOrganisation.Period> on(DemoOrganisation.Person person, LocalDate day) {
        if (!employedOn(person, day)) {
            return Optional.empty();
        }
        DemoOrganisation.Period current = null;
        for (DemoOrganisation.Period period : person.periods()) {
            if (!period.from().isAfter(day)) {
                current = period;
            }
        }
        return Optional.ofNullable(current);
    }

    static double tenureYears(DemoOrganisation.Person person, LocalDate day) {
        return (day.toEpochDay() - person.hireDate().toEpochDay()) / 365.25;
    }

    /** The department code of a unit code ("D03-T2" and "D03" give "D03"; the organisation none). */
    static Optional<String> department(String unitCode) {
        return unitCode.startsWith("D") ? Optional.of(unitCode.substring(0, 3)) : Optional.empty();
    }
}
