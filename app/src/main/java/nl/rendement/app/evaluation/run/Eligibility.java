package nl.rendement.app.evaluation.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may be compared with the trained (the plan's comparison units): people who were in one of
 * the units or a unit below it on the day that counts, and teams that are such units; everyone
 * when the plan names no unit.
 *
 * @param units the ids of the plan's units and every unit below them; empty for everyone
 * @param stays per employee, the units they were in and when
 * @param teams the id of each team by its code
 */
record Eligibility(Optional<Set<Long>> units, Map<Long, List<Stay>> stays, Map<String, Long> teams) {

    static final Eligibility EVERYONE = new Eligibility(Optional.empty(), Map.of(), Map.of());

    /** An employee in a unit from a day until the day before another, or open. */
    record Stay(long unit, LocalDate from, Optional<LocalDate> to) {
        boolean holds(LocalDate day) {
            return !from.isAfter(day) && to.map(day::isBefore).orElse(true);
        }
    }

    Eligibility {
        stays = Map.copyOf(stays);
        teams = Map.copyOf(teams);
    }

    boolean person(long employee, LocalDate day) {
        return units.map(within -> stays.getOrDefault(employee, List.of()).stream()
                        .anyMatch(stay -> stay.holds(day) && within.contains(stay.unit())))
                .orElse(true);
    }

    boolean team(String code) {
        return units.map(within -> Optional.ofNullable(teams.get(code))
                        .map(within::contains)
                        .orElse(false))
                .orElse(true);
    }
}
