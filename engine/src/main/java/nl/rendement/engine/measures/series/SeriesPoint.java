package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.rendement.engine.value.Aggregate;

/**
 * A group's KPI for one period: {@code value = numerator / denominator} (34 significant digits),
 * resting on n = the people or teams with an observation in the period, marked when n is 1 to
 * k − 1. By aggregation: SUM, numerator = the sum of all values and denominator = n, so the value
 * is the mean per subject of each subject's summed values; WEIGHTED_MEAN, Σ w·v over Σ w; and
 * RATIO_OF_SUMS, Σ value over Σ weight (never a mean of ratios).
 */
public record SeriesPoint(
        LocalDate periodStart, Aggregate<BigDecimal> value, BigDecimal numerator, BigDecimal denominator) {

    public SeriesPoint {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /** The people or teams the point rests on. */
    public int n() {
        return value.n();
    }
}
