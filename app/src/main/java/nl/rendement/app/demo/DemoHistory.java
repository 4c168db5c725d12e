package nl.rendement.app.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** For each month of the history, who works in each unit on its 15th (as {@link #membersOn}). */
    static Map<YearMonth, Map<String, List<DemoOrganisation.Person>>> membersMidMonth(DemoOrganisation organisation) {
        Map<YearMonth, Map<String, List<DemoOrganisation.Person>>> members = new HashMap<>();
        for (YearMonth month = organisation.spec().firstMonth();
                !month.isAfter(organisation.spec().lastMonth());
                month = month.plusMonths(1)) {
            members.put(month, membersOn(organisation.people(), month.atDay(15)));
        }
        return members;
    }

    /** Who works in each unit on the day, by unit code, each unit's people in the order given. */
    static Map<String, List<DemoOrganisation.Person>> membersOn(List<DemoOrganisation.Person> people, LocalDate day) {
        Map<String, List<DemoOrganisation.Person>> members = new HashMap<>();
        for (DemoOrganisation.Person person : people) {
            on(person, day)
                    .ifPresent(period -> members.computeIfAbsent(period.unitCode(), unit -> new ArrayList<>())
                            .add(person));
        }
        return members;
    }

    static double tenureYears(DemoOrganisation.Person person, LocalDate day) {
        return (day.toEpochDay() - person.hireDate().toEpochDay()) / 365.25;
    }

    /** The department code of a unit code ("D03-T2" and "D03" give "D03"; the organisation none). */
    static Optional<String> department(String unitCode) {
        return unitCode.startsWith("D") ? Optional.of(unitCode.substring(0, 3)) : Optional.empty();
    }
}
