package nl.rendement.app.kpi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an observation is of: one KPI, for one person or one team, in the period starting on
 * {@code periodStart}. A KPI has at most one observation per key.
 */
public record ObservationKey(long kpiId, Subject subject, LocalDate periodStart) {

    public ObservationKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(periodStart, "periodStart");
    }

    /** An employee, by their id, or a team, by its org unit's id. */
    public record Subject(boolean team, long id) {

        public static Subject person(long employeeId) {
            return new Subject(false, employeeId);
        }

        public static Subject team(long unitId) {
            return new Subject(true, unitId);
        }
    }
}
