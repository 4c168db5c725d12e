package nl.rendement.engine.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One KPI value of a person or team for the period starting {@code periodStart}: the value (the
 * numerator for a ratio), and a weight (the denominator for a ratio of sums, the weight for a
 * weighted mean).
 */
public record Observation(
        String subject, SubjectKind kind, LocalDate periodStart, BigDecimal value, Optional<BigDecimal> weight) {

    public Observation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(weight, "weight");
        if (weight.filter(w -> w.signum() < 0).isPresent()) {
            throw new IllegalArgumentException("A weight cannot be negative: " + subject + " " + periodStart);
        }
    }

    /** Whether the value belongs to one person or to a team. */
    public enum SubjectKind {
        PERSON,
        TEAM
    }
}
