package nl.rendement.app.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation in aggregates on one day, as the People page shows it: every figure already
 * passed the small-group rule with threshold {@code k}; a hidden figure carries no value. When
 * {@code limited}, the figures cover only the units the reader's access reaches.
 */
public record Overview(
        LocalDate asOf,
        boolean limited,
        int k,
        Currency currency,
        Row total,
        List<Row> units,
        List<Row> jobGroups,
        List<String> timelineUnits,
        List<Month> timeline) {

    public Overview {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(total, "total");
        units = List.copyOf(units);
        jobGroups = List.copyOf(jobGroups);
        timelineUnits = List.copyOf(timelineUnits);
        timeline = List.copyOf(timeline);
    }

    /** A figure: shown with its value, hidden by the small-group rule, or not applicable (nobody). */
    public record Figure(Optional<BigDecimal> value, boolean hidden) {

        public static final Figure HIDDEN = new Figure(Optional.empty(), true);
        public static final Figure NONE = new Figure(Optional.empty(), false);

        public Figure {
            Objects.requireNonNull(value, "value");
            if (hidden && value.isPresent()) {
                throw new IllegalArgumentException("A hidden figure carries no value");
            }
        }

        public static Figure of(BigDecimal value) {
            return new Figure(Optional.of(value), false);
        }

        public static Figure of(long value) {
            return of(BigDecimal.valueOf(value));
        }
    }

    /** One group: a unit (at its depth in the tree), a job group, or the whole organisation. */
    public record Row(
            String label,
            int depth,
            Figure headcount,
            Figure fte,
            Figure tenureYears,
            Figure salaryLowerQuartile,
            Figure salaryMedian,
            Figure salaryUpperQuartile,
            Figure turnoverPercent,
            Figure voluntaryTurnoverPercent) {

        public Row {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The headcount on one day of the timeline: in total and per top-level unit. */
    public record Month(LocalDate day, Figure total, List<Figure> units) {

        public Month {
            Objects.requireNonNull(day, "day");
            units = List.copyOf(units);
        }
    }
}
