package nl.rendement.app.programme;

import java.util.HashMap;
import java.util.Map;
import nl.rendement.app.people.UnitReach;

/**
 * A participant's unit: the unit they belonged to on the day they enrolled, or on their first day
 * when they enrolled before it (onboarding). The SQL below reads it for participants aliased
 * {@code pa}; a participant in no period then belongs to no unit.
 */
final class ParticipantUnits {

    private static final String DAY = "case when pa.enrolled_on > e.hire_date then pa.enrolled_on else e.hire_date end";

    /** Matches the participant {@code pa}'s period {@code p} on that day; their employee is {@code e}. */
    static final String ON_THAT_DAY = "p.employee_id = pa.employee_id and p.valid_from <= " + DAY
            + " and (p.valid_to is null or p.valid_to > " + DAY + ")";

    private ParticipantUnits() {}

    /** The joins that keep participants within the reach, or nothing for every unit. */
    static String within(UnitReach reach) {
        return reach.everyUnit()
                ? ""
                : " join employee e on e.id = pa.employee_id join employee_period p on " + ON_THAT_DAY
                        + " and p.unit_id in (:units)";
    }

    /** The named parameters {@link #within} needs, added to the others. */
    static Map<String, Object> params(UnitReach reach, Map<String, Object> others) {
        Map<String, Object> all = new HashMap<>(others);
        reach.unitIds().ifPresent(units -> all.put("units", units));
        return all;
    }
}
