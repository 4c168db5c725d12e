package nl.rendement.engine;

import java.util.List;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.Roi;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Horizon;

/**
 * The ROI from benefits and costs, gross of reimbursements (the headline, conservative) or net
 * of them; no ROI when no measure adds a credible benefit or the costs cannot be had.
 */
final class Returns {

    private final Roi roi;
    private final Horizon horizon;

    Returns(Roi roi, Horizon horizon) {
        this.roi = roi;
        this.horizon = horizon;
    }

    RoiOutcome gross(List<MeasureBenefit> measures, Traced<Money> annualBenefits, CostOutcome costs) {
        return of(measures, annualBenefits, costs, false);
    }

    RoiOutcome net(List<MeasureBenefit> measures, Traced<Money> annualBenefits, CostOutcome costs) {
        return of(measures, annualBenefits, costs, true);
    }

    private RoiOutcome of(
            List<MeasureBenefit> measures,
            Traced<Money> annualBenefits,
            CostOutcome outcome,
            boolean netOfReimbursements) {
        if (measures.stream().noneMatch(MeasureBenefit::credible)) {
            return new RoiOutcome.NoRoi(List.of(Reason.of("roi.noCredibleBenefit", "measures", measures.size())));
        }
        if (outcome instanceof CostOutcome.NoCosts none) {
            return new RoiOutcome.NoRoi(none.reasons());
        }
        CostOutcome.Costs costs = (CostOutcome.Costs) outcome;
        Money oneTime = costs.oneTime();
        Traced<Money> oneTimeCosts = new Traced<>(oneTime, costs.total().trail());
        if (netOfReimbursements) {
            oneTime = oneTime.minus(costs.reimbursed().value());
            oneTimeCosts = new Traced<>(
                    oneTime,
                    costs.net()
                            .trail()
                            .then(Step.of(
                                    "roi.netOfReimbursements",
                                    "reimbursed",
                                    costs.reimbursed().value(),
                                    "oneTime",
                                    oneTime)));
        }
        Traced<Money> recurring = Traced.of(
                costs.recurringPerYear(), Step.of("cost.recurringPerYear", "amount", costs.recurringPerYear()));
        return roi.of(annualBenefits, oneTimeCosts, recurring, horizon);
    }
}
