package nl.rendement.engine.roi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/**
 * The return of a programme over its horizon (METHOD §7): benefits and costs over the horizon,
 * BCR, ROI %, payback in months (absent, with its reason, when annual benefits are not
 * positive), NPV when the horizon is longer than a year, and the verdict against the objective.
 * Every figure carries its trail; none is rounded.
 */
public record RoiFigures(
        Traced<Money> benefits,
        Traced<Money> costs,
        Traced<BigDecimal> benefitCostRatio,
        Traced<BigDecimal> roiPercent,
        Optional<Traced<BigDecimal>> paybackMonths,
        Optional<Reason> noPayback,
        Optional<Traced<Money>> netPresentValue,
        Traced<Verdict> verdict,
        List<Reason> notes)
        implements RoiOutcome {

    public RoiFigures {
        Objects.requireNonNull(benefits, "benefits");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(benefitCostRatio, "benefitCostRatio");
        Objects.requireNonNull(roiPercent, "roiPercent");
        Objects.requireNonNull(paybackMonths, "paybackMonths");
        Objects.requireNonNull(noPayback, "noPayback");
        Objects.requireNonNull(netPresentValue, "netPresentValue");
        Objects.requireNonNull(verdict, "verdict");
        notes = List.copyOf(notes);
        if (paybackMonths.isPresent() == noPayback.isPresent()) {
            throw new IllegalArgumentException("A payback or the reason there is none, not both");
        }
    }
}
