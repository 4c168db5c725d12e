package nl.rendement.engine.roi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Numbers;
import nl.rendement.engine.value.Percentage;

/**
 * The return on a programme, METHOD §7 (Phillips):
 *
 * <ul>
 *   <li>benefits = annual benefits × horizon in years (undiscounted); costs = one-time costs +
 *       recurring costs per year × horizon in years;
 *   <li>BCR = benefits / costs; ROI % = (benefits − costs) / costs × 100 = (BCR − 1) × 100;
 *   <li>payback (months) = costs / annual benefits × 12, assuming benefits start at once and
 *       accrue evenly; undefined when annual benefits are not positive;
 *   <li>NPV, for a horizon longer than a year: benefits of each year discounted from its end,
 *       recurring costs from its start, one-time costs not at all (see {@link NetPresentValue});
 *   <li>verdict: the ROI meets the objective (the hurdle) when at or above it.
 * </ul>
 *
 * Immutable: {@code Roi.withObjective(Percentage.of(25)).withDiscountRate(Percentage.of("2.25"))}.
 */
public final class Roi {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    private final Percentage objective;
    private final Optional<Percentage> discountRate;

    private Roi(Percentage objective, Optional<Percentage> discountRate) {
        this.objective = Objects.requireNonNull(objective, "objective");
        this.discountRate = Objects.requireNonNull(discountRate, "discountRate");
    }

    /** With the programme's ROI objective; no discount rate (0, said in the trail, until one is set). */
    public static Roi withObjective(Percentage objective) {
        return new Roi(objective, Optional.empty());
    }

    public Roi withDiscountRate(Percentage rate) {
        if (rate.value().signum() < 0) {
            throw new IllegalArgumentException("A discount rate cannot be negative: " + rate.value());
        }
        return new Roi(objective, Optional.of(rate));
    }

    /**
     * The figures for benefits that accrue {@code annualBenefits} a year, against one-time and
     * recurring (per year) costs, over the horizon; or why there are none (costs of zero).
     */
    public RoiOutcome of(
            Traced<Money> annualBenefits,
            Traced<Money> oneTimeCosts,
            Traced<Money> recurringCostsPerYear,
            Horizon horizon) {
        BigDecimal years = horizon.years();
        Money costs = oneTimeCosts.value().plus(recurringCostsPerYear.value().times(years));
        if (costs.amount().signum() <= 0) {
            return new RoiOutcome.NoRoi(List.of(Reason.of("roi.noCosts", "costs", costs)));
        }
        Step horizonStep = horizonStep(horizon);
        Money benefits = annualBenefits.value().times(years);
        Traced<Money> tracedBenefits = new Traced<>(
                benefits,
                annualBenefits
                        .trail()
                        .then(horizonStep)
                        .then(Step.of(
                                "roi.benefits",
                                "annualBenefits",
                                annualBenefits.value(),
                                "years",
                                years,
                                "benefits",
                                benefits)));
        Traced<Money> tracedCosts = new Traced<>(
                costs,
                oneTimeCosts
                        .trail()
                        .then(recurringCostsPerYear.trail())
                        .then(Step.of(
                                "roi.costs",
                                "oneTime",
                                oneTimeCosts.value(),
                                "recurringPerYear",
                                recurringCostsPerYear.value(),
                                "years",
                                years,
                                "costs",
                                costs)));
        BigDecimal bcr = Numbers.divide(benefits.amount(), costs.amount());
        BigDecimal roi = Numbers.divide(benefits.minus(costs).amount().multiply(HUNDRED), costs.amount());
        Verdict verdict = roi.compareTo(objective.value()) >= 0 ? Verdict.MEETS_OBJECTIVE : Verdict.FALLS_SHORT;
        List<Reason> notes = new ArrayList<>();
        if (horizon.longerThanAYear() && discountRate.isEmpty()) {
            notes.add(Reason.of("roi.discountRate.unset"));
        }
        return new RoiFigures(
                tracedBenefits,
                tracedCosts,
                Traced.of(bcr, Step.of("roi.bcr", "benefits", benefits, "costs", costs, "bcr", bcr)),
                Traced.of(roi, Step.of("roi.percent", "benefits", benefits, "costs", costs, "roiPercent", roi)),
                payback(annualBenefits.value(), costs),
                annualBenefits.value().amount().signum() > 0
                        ? Optional.empty()
                        : Optional.of(Reason.of("roi.payback.undefined", "annualBenefits", annualBenefits.value())),
                horizon.longerThanAYear()
                        ? Optional.of(new NetPresentValue(discountRate.orElse(Percentage.of(0)))
                                .of(
                                        annualBenefits.value(),
                                        oneTimeCosts.value(),
                                        recurringCostsPerYear.value(),
                                        horizon))
                        : Optional.empty(),
                Traced.of(
                        verdict,
                        Step.of("roi.verdict", "roiPercent", roi, "objective", objective, "verdict", verdict.name())),
                notes);
    }

    private static Optional<Traced<BigDecimal>> payback(Money annualBenefits, Money costs) {
        if (annualBenefits.amount().signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal months = Numbers.divide(costs.amount().multiply(MONTHS_A_YEAR), annualBenefits.amount());
        return Optional.of(Traced.of(
                months,
                Step.of("roi.payback", "costs", costs, "annualBenefits", annualBenefits, "months", months),
                Step.of("roi.payback.assumption")));
    }

    private static Step horizonStep(Horizon horizon) {
        return horizon.justification()
                .map(why -> Step.of("roi.horizon", "months", horizon.months(), "justification", why))
                .orElseGet(() -> Step.of("roi.horizon.default", "months", horizon.months()));
    }
}
