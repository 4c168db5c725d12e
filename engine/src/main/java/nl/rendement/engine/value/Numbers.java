package nl.rendement.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The one place where exact amounts meet statistics: money, ROI and BCR are {@code BigDecimal};
 * estimators work in {@code double}. Divisions of exact amounts keep 34 significant digits
 * (IEEE 754 decimal128), far beyond any displayed cent.
 */
public final class Numbers {

    /** The precision of every division of exact amounts. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private Numbers() {}

    public static double toDouble(BigDecimal value) {
        return value.doubleValue();
    }

    /** A statistic as an exact amount, through its shortest decimal representation. */
    public static BigDecimal toDecimal(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Not a finite number: " + value);
        }
        return BigDecimal.valueOf(value);
    }

    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, PRECISION);
    }
}
