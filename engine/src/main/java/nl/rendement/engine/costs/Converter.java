package nl.rendement.engine.costs;

import java.util.Currency;
import java.util.List;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;

/** Converts into the reporting currency, adding the rate's step; run after every rate was checked. */
record Converter(ExchangeRates rates, Currency target) {

    boolean canConvert(Currency currency) {
        return rates.convert(Money.zero(currency), target).isPresent();
    }

    Money convert(Money amount, List<Step> steps) {
        ExchangeRates.Conversion conversion = rates.convert(amount, target)
                .orElseThrow(() -> new IllegalStateException("No rate for " + amount.currency() + " after the check"));
        conversion.step().ifPresent(steps::add);
        return conversion.amount();
    }
}
