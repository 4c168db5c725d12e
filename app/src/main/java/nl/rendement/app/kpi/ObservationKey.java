package nl.rendement.app.kpi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an observation is of: one KPI, for one person or one team, in the period starting on
 * {@code periodStart}. A KPI has at most one observation per key.
 */
public record ObservationKey(long kpiId, Subject subject, LocalDate periodStart) {

    /** The golden ratio's odd 64-bit multiplier: spreads a small change over all bits. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    public ObservationKey {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(periodStart, "periodStart");
    }

    /**
     * Mixes all three parts (equal keys, equal hashes, as the record's equals asks). The record's own
     * hash adds them up ({@code 31 * h + part}), and a day's hash and a subject's id are small
     * neighbouring numbers: a million keys of a few dozen teams over the days shared about a
     * hundred thousand hash values, so every set of keys of a large import was a set of long chains.
     */
    @Override
    public int hashCode() {
        long h = kpiId * MIX + (subject.team() ? 1 : 2);
        h = h * MIX + subject.id();
        h = h * MIX + periodStart.toEpochDay();
        return Long.hashCode(h ^ (h >>> 31));
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
