package nl.rendement.engine.money;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Numbers;

/**
 * The rates an evaluation was given. A conversion uses a rate from the amount's currency to the
 * target, or the inverse of one from the target (1 / rate); of several, the latest by date.
 * There is never a built-in rate.
 */
public record ExchangeRates(List<ExchangeRate> rates) {

    public static final ExchangeRates NONE = new ExchangeRates(List.of());

    public ExchangeRates {
        rates = List.copyOf(rates);
    }

    /**
     * The amount in the target currency with the step that names the rate; empty when no rate
     * connects the two currencies. An amount already in the target currency is returned as it is.
     */
    public Optional<Conversion> convert(Money amount, Currency target) {
        if (amount.currency().equals(target)) {
            return Optional.of(new Conversion(amount, Optional.empty()));
        }
        Optional<ExchangeRate> direct = latest(amount.currency(), target);
        if (direct.isPresent()) {
            ExchangeRate rate = direct.get();
            Money converted = new Money(amount.amount().multiply(rate.rate()), target);
            return Optional.of(
                    new Conversion(converted, Optional.of(step("money.converted", amount, converted, rate))));
        }
        return latest(target, amount.currency()).map(rate -> {
            Money converted = new Money(Numbers.divide(amount.amount(), rate.rate()), target);
            return new Conversion(converted, Optional.of(step("money.convertedByInverse", amount, converted, rate)));
        });
    }

    private Optional<ExchangeRate> latest(Currency from, Currency to) {
        return rates.stream()
                .filter(rate -> rate.from().equals(from) && rate.to().equals(to))
                .max(Comparator.comparing(ExchangeRate::date));
    }

    private static Step step(String code, Money amount, Money converted, ExchangeRate rate) {
        return Step.of(
                code,
                "amount",
                amount,
                "converted",
                converted,
                "rate",
                rate.rate(),
                "rateFrom",
                rate.from().getCurrencyCode(),
                "rateTo",
                rate.to().getCurrencyCode(),
                "rateDate",
                rate.date(),
                "rateSource",
                rate.source());
    }

    /** A converted amount and, when it changed currency, the step naming the rate. */
    public record Conversion(Money amount, Optional<Step> step) {}
}
