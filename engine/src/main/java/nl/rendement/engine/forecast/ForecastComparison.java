package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;

/**
 * A programme's actual beside its forecast (METHOD §8): per measure forecast and evaluated, its
 * variance explained; the measures forecast but not evaluated and evaluated but not forecast, as
 * reasons; the annual benefits (forecast expected against actual); the costs (projected total
 * against the fully loaded actual); the ROI % (forecast expected against actual, variance in
 * percentage points). Every variance is actual − forecast.
 */
public record ForecastComparison(
        String programme,
        List<MeasureVariance> measures,
        List<Reason> unmatched,
        Variance.Compared<Money> annualBenefits,
        Variance<Money> costs,
        Variance<BigDecimal> roi) {

    public ForecastComparison {
        Objects.requireNonNull(programme, "programme");
        measures = List.copyOf(measures);
        unmatched = List.copyOf(unmatched);
        Objects.requireNonNull(annualBenefits, "annualBenefits");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(roi, "roi");
    }
}
