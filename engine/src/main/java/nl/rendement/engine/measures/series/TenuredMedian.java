package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The reference for time to threshold: the median KPI per period of tenured staff, computed
 * outside the engine and given with what it rests on (e.g. "median monthly sales of sales staff
 * with two or more years of tenure, 2024"). The threshold is the measure's threshold share of it.
 *
 * @param value the tenured median in the measure's unit per period, positive
 * @param basis who counts as tenured and over which periods, shown in the trail
 */
public record TenuredMedian(BigDecimal value, String basis) {

    public TenuredMedian {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("A tenured median must be positive: " + value);
        }
        if (basis.isBlank()) {
            throw new IllegalArgumentException("A tenured median needs its basis");
        }
    }

    public static TenuredMedian of(String value, String basis) {
        return new TenuredMedian(new BigDecimal(value), basis);
    }
}
