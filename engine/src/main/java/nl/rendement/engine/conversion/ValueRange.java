package nl.rendement.engine.conversion;

import java.util.Objects;
import nl.rendement.engine.money.Money;

/**
 * The published range of a unit's value (turnover cost 75–125% of salary): the uncertainty model
 * draws the value from a triangular distribution over it, with its mode at the value the headline
 * uses (METHOD §4.5).
 */
public record ValueRange(Money low, Money high) {

    public ValueRange {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (high.minus(low).isNegative()) {
            throw new IllegalArgumentException(
                    "A range runs from low to high: " + low.amount() + " > " + high.amount());
        }
    }

    boolean contains(Money value) {
        return !value.minus(low).isNegative() && !high.minus(value).isNegative();
    }
}
