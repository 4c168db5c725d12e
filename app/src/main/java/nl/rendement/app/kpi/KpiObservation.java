package nl.rendement.app.kpi;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a KPI for a person or team and period: for a ratio of sums the numerator, with the
 * denominator as its weight; for a weighted mean, with its weight. A weight is never negative.
 */
public record KpiObservation(ObservationKey key, BigDecimal value, Optional<BigDecimal> weight) {

    public KpiObservation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(weight, "weight");
        if (weight.filter(w -> w.signum() < 0).isPresent()) {
            throw new IllegalArgumentException("A weight cannot be negative");
        }
    }
}
