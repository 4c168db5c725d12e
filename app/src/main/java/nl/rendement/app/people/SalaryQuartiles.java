package nl.rendement.app.people;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * The lower quartile, median and upper quartile of annual salaries, computed as R's default
 * {@code quantile(x, type = 7)} and Excel's QUARTILE.INC do: for p, take position h = (n - 1) p
 * in the sorted salaries and interpolate between its neighbours.
 */
record SalaryQuartiles(BigDecimal lower, BigDecimal median, BigDecimal upper) {

    SalaryQuartiles {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(upper, "upper");
        if (lower.compareTo(median) > 0 || median.compareTo(upper) > 0) {
            throw new IllegalArgumentException("Quartiles come in order: " + lower + ", " + median + ", " + upper);
        }
    }

    static SalaryQuartiles of(List<BigDecimal> salaries) {
        if (salaries.isEmpty()) {
            throw new IllegalArgumentException("Quartiles need at least one salary");
        }
        List<BigDecimal> sorted = salaries.stream().sorted().toList();
        return new SalaryQuartiles(at(sorted, "0.25"), at(sorted, "0.5"), at(sorted, "0.75"));
    }

    /**
     * Each quartile rounded to a multiple of {@code step} (HALF_EVEN). Pages show salaries of
     * small groups rounded to thousands, so that a quartile that falls on one person's salary does
     * not give it away to the euro.
     */
    SalaryQuartiles roundedTo(BigDecimal step) {
        return new SalaryQuartiles(round(lower, step), round(median, step), round(upper, step));
    }

    private static BigDecimal at(List<BigDecimal> sorted, String p) {
        BigDecimal h = new BigDecimal(sorted.size() - 1).multiply(new BigDecimal(p));
        int below = h.intValue();
        BigDecimal fraction = h.subtract(new BigDecimal(below));
        BigDecimal low = sorted.get(below);
        if (fraction.signum() == 0) {
            return low;
        }
        BigDecimal high = sorted.get(below + 1);
        return low.add(fraction.multiply(high.subtract(low), MathContext.DECIMAL64));
    }

    private static BigDecimal round(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.HALF_EVEN).multiply(step);
    }
}
