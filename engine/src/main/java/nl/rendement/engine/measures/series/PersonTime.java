package nl.rendement.engine.measures.series;

import java.util.Objects;

/**
 * One participant's time to threshold, person-level (for analysts only): in which month of
 * tenure their KPI first reached the threshold, or, when it never did (censored), the month of
 * tenure of their last observed period. Month 1 is the calendar month of the start; a period
 * counts in the month of its last day, so a monthly KPI reaching it in the start month gives 1.
 */
public record PersonTime(String person, int months, boolean reached) {

    public PersonTime {
        Objects.requireNonNull(person, "person");
        if (months < 1) {
            throw new IllegalArgumentException("Months of tenure start at 1: " + months);
        }
    }

    public boolean censored() {
        return !reached;
    }
}
