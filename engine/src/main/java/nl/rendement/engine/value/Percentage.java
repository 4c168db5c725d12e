package nl.rendement.engine.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** A percentage such as 60 (%), kept exact; {@link #fraction()} gives 0.6 for use in formulas. */
public record Percentage(BigDecimal value) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Objects.requireNonNull(value, "value");
    }

    public static Percentage of(String value) {
        return new Percentage(new BigDecimal(value));
    }

    public static Percentage of(long value) {
        return new Percentage(BigDecimal.valueOf(value));
    }

    /** The fraction: 60% is 0.6, exactly (division by 100 only moves the decimal point). */
    public BigDecimal fraction() {
        return value.divide(HUNDRED, MathContext.UNLIMITED);
    }

    /** Whether it lies from 0 to 100, as an attribution, a confidence or a response rate must. */
    public boolean isShare() {
        return value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Percentage percentage && value.compareTo(percentage.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }
}
