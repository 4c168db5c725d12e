package nl.rendement.app.evaluation.charts;

import java.math.BigDecimal;
import nl.rendement.engine.money.Money;

/** A figure a chart writes in the reader's language: a number, a percentage or an amount of money. */
public sealed interface Figure {

    /** A plain number with that many decimals, e.g. an item's mean of 4.2 on a 1–5 scale. */
    record Number(BigDecimal value, int decimals) implements Figure {}

    /** A percentage as given: 25 is 25%. */
    record Percent(BigDecimal value) implements Figure {}

    /** Money, shown in whole units. */
    record Amount(Money money) implements Figure {}

    static Number number(String value, int decimals) {
        return new Number(new BigDecimal(value), decimals);
    }

    static Percent percent(String value) {
        return new Percent(new BigDecimal(value));
    }
}
