package nl.rendement.engine.costs;

import java.util.Currency;
import java.util.List;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;

/**
 * What one line (or all participant time, or an explicit zero) adds to a category, in the
 * reporting currency: a one-time amount and a yearly amount, with the steps that produced them.
 */
record Contribution(CostCategory category, Money oneTime, Money perYear, List<Step> steps) {

    Contribution {
        steps = List.copyOf(steps);
    }

    static Contribution explicitZero(CostCategory category, Currency currency) {
        Money zero = Money.zero(currency);
        return new Contribution(category, zero, zero, List.of(Step.of("cost.explicitZero", "category", category)));
    }
}
