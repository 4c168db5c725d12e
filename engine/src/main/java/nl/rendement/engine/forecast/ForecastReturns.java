package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.EvaluationSettings;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.Roi;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;

/**
 * A scenario's forecast ROI by {@link Roi} (METHOD §7), gross of reimbursements, against the
 * projected costs ({@code forecast.costs}), marked {@code forecast.roi}; no ROI when no measure
 * converts ({@code forecast.noBenefit}) or the projected costs cannot be had.
 */
final class ForecastReturns {

    private ForecastReturns() {}

    static RoiOutcome roi(
            Forecast forecast,
            List<MeasureForecast> measures,
            Scenario scenario,
            Traced<Money> annualBenefits,
            CostOutcome outcome) {
        if (measures.stream().noneMatch(MeasureForecast::converted)) {
            return new RoiOutcome.NoRoi(List.of(Reason.of("forecast.noBenefit", "measures", measures.size())));
        }
        if (outcome instanceof CostOutcome.NoCosts none) {
            return new RoiOutcome.NoRoi(none.reasons());
        }
        CostOutcome.Costs costs = (CostOutcome.Costs) outcome;
        Step projected = Step.of(
                "forecast.costs",
                "expectedParticipants",
                forecast.expectedParticipants(),
                "oneTime",
                costs.oneTime(),
                "recurringPerYear",
                costs.recurringPerYear(),
                "total",
                costs.total().value());
        RoiOutcome roi = roi(forecast.settings())
                .of(
                        annualBenefits,
                        new Traced<>(costs.oneTime(), costs.total().trail().then(projected)),
                        Traced.of(
                                costs.recurringPerYear(),
                                Step.of("cost.recurringPerYear", "amount", costs.recurringPerYear())),
                        forecast.horizon());
        return roi instanceof RoiFigures figures ? marked(figures, scenario) : roi;
    }

    /** The figures with {@code forecast.roi} on the ROI %, naming the scenario. */
    private static RoiFigures marked(RoiFigures figures, Scenario scenario) {
        Traced<BigDecimal> percent = figures.roiPercent();
        Step step = Step.of(
                "forecast.roi",
                "scenario",
                scenario.name(),
                "benefits",
                figures.benefits().value(),
                "costs",
                figures.costs().value(),
                "roiPercent",
                percent.value());
        return new RoiFigures(
                figures.benefits(),
                figures.costs(),
                figures.benefitCostRatio(),
                new Traced<>(percent.value(), percent.trail().then(step)),
                figures.paybackMonths(),
                figures.noPayback(),
                figures.netPresentValue(),
                figures.verdict(),
                figures.notes());
    }

    private static Roi roi(EvaluationSettings settings) {
        Roi roi = Roi.withObjective(settings.roiObjective());
        return settings.discountRate().map(roi::withDiscountRate).orElse(roi);
    }
}
