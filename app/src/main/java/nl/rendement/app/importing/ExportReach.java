package nl.rendement.app.importing;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.UnitReach;

/**
 * What an export may read for the analyst who asks: the people and teams of the units they reach,
 * the programmes they see (whole, or through a participant in their units), and which of those they
 * see whole. Each part is an SQL condition, so a row they may not see is never read.
 */
record ExportReach(UnitReach units, Optional<Set<Long>> programmes, Set<Long> wholeProgrammes) {

    static final ExportReach EVERYTHING = new ExportReach(UnitReach.EVERY_UNIT, Optional.empty(), Set.of());

    private static final String ALWAYS = "1 = 1";
    private static final String NEVER = "1 = 0";

    ExportReach {
        programmes = programmes.map(Set::copyOf);
        wholeProgrammes = Set.copyOf(wholeProgrammes);
    }

    /** The employee {@code employee} (an alias) belonged on {@code day} (an SQL expression) to a unit reached. */
    String person(String employee, String day) {
        if (units.everyUnit()) {
            return ALWAYS;
        }
        return units.noUnit()
                ? NEVER
                : "exists (select 1 from employee_period rp where rp.employee_id = " + employee + ".id"
                        + " and rp.valid_from <= " + day + " and (rp.valid_to is null or rp.valid_to > " + day + ")"
                        + " and rp.unit_id in (:units))";
    }

    /** The unit whose id is {@code unitId} (an SQL expression) is reached. */
    String team(String unitId) {
        if (units.everyUnit()) {
            return ALWAYS;
        }
        return units.noUnit() ? NEVER : unitId + " in (:units)";
    }

    /** The programme whose id is {@code programmeId} is seen, whole or through the units. */
    String programme(String programmeId) {
        return programmes
                .map(ids -> ids.isEmpty() ? NEVER : programmeId + " in (:programmes)")
                .orElse(ALWAYS);
    }

    /**
     * A person's row in a programme: the programme is seen whole, or it is seen and the person
     * belonged to a unit reached on that day.
     */
    String personIn(String programmeId, String employee, String day) {
        if (programmes.isEmpty()) {
            return ALWAYS;
        }
        return "(" + whole(programmeId) + " or (" + programme(programmeId) + " and " + person(employee, day) + "))";
    }

    /** The programme is seen whole: what a row that names no person (an anonymous response) needs. */
    String whole(String programmeId) {
        if (programmes.isEmpty()) {
            return ALWAYS;
        }
        return wholeProgrammes.isEmpty() ? NEVER : programmeId + " in (:whole)";
    }

    /** The named parameters the conditions use, with the day an export describes. */
    Map<String, Object> params(LocalDate day) {
        Map<String, Object> params = new HashMap<>();
        params.put("day", Date.valueOf(day));
        units.unitIds().filter(ids -> !ids.isEmpty()).ifPresent(ids -> params.put("units", ids));
        programmes.filter(ids -> !ids.isEmpty()).ifPresent(ids -> params.put("programmes", ids));
        if (!wholeProgrammes.isEmpty()) {
            params.put("whole", wholeProgrammes);
        }
        return params;
    }
}
