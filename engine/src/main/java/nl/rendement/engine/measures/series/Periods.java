package nl.rendement.engine.measures.series;

import java.time.LocalDate;
import nl.rendement.engine.measures.PeriodLength;

/**
 * Calendar-aligned periods, as {@link PeriodLength} defines them. An observation belongs to the
 * period containing its {@code periodStart}.
 */
final class Periods {

    private Periods() {}

    /** The first day of the period of this length that contains {@code day}. */
    static LocalDate start(PeriodLength length, LocalDate day) {
        return length.start(day);
    }

    /** The last day of the period of this length that contains {@code day}. */
    static LocalDate end(PeriodLength length, LocalDate day) {
        return length.end(day);
    }
}
