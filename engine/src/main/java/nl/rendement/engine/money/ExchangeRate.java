package nl.rendement.engine.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * An explicit rate: one unit of {@code from} is {@code rate} units of {@code to}, on {@code date},
 * according to {@code source} (e.g. "ECB reference rate"). Amounts change currency only by such a
 * rate, and every conversion names it in its trail.
 */
public record ExchangeRate(Currency from, Currency to, BigDecimal rate, LocalDate date, String source) {

    public ExchangeRate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (from.equals(to)) {
            throw new IllegalArgumentException("A rate converts between two currencies, not " + from + " to itself");
        }
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("A rate must be positive: " + rate);
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("A rate needs its source");
        }
    }
}
