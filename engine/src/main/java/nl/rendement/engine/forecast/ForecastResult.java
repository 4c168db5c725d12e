package nl.rendement.engine.forecast;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Traced;

/**
 * What a forecast gives: per measure its benefit a year, the annual benefits, the projected fully
 * loaded costs (or why there are none) and the forecast ROI, each low, expected and high. The
 * costs are the same in every scenario; only the change differs.
 */
public record ForecastResult(
        String programme,
        List<MeasureForecast> measures,
        Scenarios<Traced<Money>> annualBenefits,
        CostOutcome costs,
        Scenarios<RoiOutcome> roi) {

    public ForecastResult {
        Objects.requireNonNull(programme, "programme");
        measures = List.copyOf(measures);
        Objects.requireNonNull(annualBenefits, "annualBenefits");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(roi, "roi");
    }
}
