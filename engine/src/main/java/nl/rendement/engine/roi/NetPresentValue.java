package nl.rendement.engine.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Numbers;
import nl.rendement.engine.value.Percentage;

/**
 * Net present value over a horizon, year by year (METHOD §7): year t covers months 12(t − 1) to
 * 12t, the last year only up to the horizon. Its benefits (annual benefits × its share of a year)
 * are discounted from its end, (1 + r)^-(end in years); its recurring costs from its start,
 * (1 + r)^-(t − 1); one-time costs fall at the start and are not discounted. NPV = discounted
 * benefits − discounted costs. The discount factor of a part-year is the one place this uses
 * floating point ({@link Numbers}).
 */
final class NetPresentValue {

    private final Percentage rate;

    NetPresentValue(Percentage rate) {
        this.rate = rate;
    }

    Traced<Money> of(Money annualBenefits, Money oneTimeCosts, Money recurringPerYear, Horizon horizon) {
        List<Step> steps = new ArrayList<>();
        Money benefits = Money.zero(annualBenefits.currency());
        Money costs = oneTimeCosts;
        for (int year = 1, start = 0; start < horizon.months(); year++, start += 12) {
            int months = Math.min(12, horizon.months() - start);
            BigDecimal share = Numbers.divide(BigDecimal.valueOf(months), BigDecimal.valueOf(12));
            BigDecimal endInYears = Numbers.divide(BigDecimal.valueOf(start + months), BigDecimal.valueOf(12));
            Money benefit = annualBenefits.times(share).times(factor(endInYears));
            Money cost = recurringPerYear.times(share).times(factor(BigDecimal.valueOf(year - 1L)));
            benefits = benefits.plus(benefit);
            costs = costs.plus(cost);
            steps.add(Step.of(
                    "roi.npv.year",
                    "year",
                    year,
                    "months",
                    months,
                    "discountedBenefits",
                    benefit,
                    "discountedRecurringCosts",
                    cost));
        }
        Money npv = benefits.minus(costs);
        steps.add(Step.of(
                "roi.npv",
                "discountRate",
                rate,
                "oneTimeCosts",
                oneTimeCosts,
                "discountedBenefits",
                benefits,
                "discountedCosts",
                costs,
                "npv",
                npv));
        return new Traced<>(npv, new Trail(steps));
    }

    /** (1 + r)^-years: exact for whole years, through a double for part-years. */
    private BigDecimal factor(BigDecimal years) {
        BigDecimal base = BigDecimal.ONE.add(rate.fraction());
        if (years.stripTrailingZeros().scale() <= 0) {
            return Numbers.divide(BigDecimal.ONE, base.pow(years.intValueExact()));
        }
        return Numbers.toDecimal(Math.pow(Numbers.toDouble(base), -Numbers.toDouble(years)));
    }
}
