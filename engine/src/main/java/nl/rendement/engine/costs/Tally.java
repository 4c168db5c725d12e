package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Trail;

/** Contributions summed: one-time and yearly amounts apart, and the steps of each in order. */
record Tally(Money oneTime, Money perYear, Trail trail) {

    static Tally of(List<Contribution> contributions, Currency currency) {
        Money oneTime = Money.zero(currency);
        Money perYear = Money.zero(currency);
        Trail trail = Trail.EMPTY;
        for (Contribution contribution : contributions) {
            oneTime = oneTime.plus(contribution.oneTime());
            perYear = perYear.plus(contribution.perYear());
            trail = trail.then(new Trail(contribution.steps()));
        }
        return new Tally(oneTime, perYear, trail);
    }

    /** One-time + recurring per year x years. */
    Money over(BigDecimal years) {
        return oneTime.plus(perYear.times(years));
    }
}
