package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/** Small builders for cost tests; the figures themselves stay in the tests beside their hand calculation. */
final class CostFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate JAN = LocalDate.of(2025, 1, 15);

    /** 30% employer costs, 1,600 hours actually worked per FTE per year, VAT reclaimable. */
    static final CostSettings RECLAIMING = new CostSettings(EUR, Percentage.of(30), new BigDecimal("1600"), true);

    static final CostSettings NOT_RECLAIMING = new CostSettings(EUR, Percentage.of(30), new BigDecimal("1600"), false);

    private CostFixtures() {}

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    static CostLine oneTime(String id, CostCategory category, Money amount) {
        return CostLine.oneTime(id, category, id, amount, Money.zero(amount.currency()), JAN);
    }

    /** A ledger in which every category but the given ones is explicitly zero. */
    static CostLedger zeroExcept(CostCategory... present) {
        Set<CostCategory> zero = EnumSet.allOf(CostCategory.class);
        Arrays.asList(present).forEach(zero::remove);
        return new CostLedger(List.of(), zero, List.of(), Optional.empty());
    }

    /** How a page shows an amount: two decimals, HALF_EVEN. */
    static BigDecimal shown(Money money) {
        return money.amount().setScale(2, RoundingMode.HALF_EVEN);
    }

    static CostOutcome.Costs costs(CostOutcome outcome) {
        if (outcome instanceof CostOutcome.Costs costs) {
            return costs;
        }
        throw new AssertionError("Expected costs but got " + outcome);
    }

    static CostOutcome.NoCosts noCosts(CostOutcome outcome) {
        if (outcome instanceof CostOutcome.NoCosts none) {
            return none;
        }
        throw new AssertionError("Expected no costs but got " + outcome);
    }
}
