package nl.rendement.engine;

import nl.rendement.engine.isolation.control.ControlGroupEstimate;
import nl.rendement.engine.isolation.estimate.AdjustedEstimate;
import nl.rendement.engine.isolation.estimate.EstimateResult;
import nl.rendement.engine.uncertainty.Distribution;
import nl.rendement.engine.value.Numbers;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * How uncertain an isolated improvement is (METHOD §4.5): for estimates normal with SE = √n × sd
 * of the included respondents' confidence-adjusted improvements (the confidence is not applied
 * again); for a control group normal with SE = Welch SE × the trained with data; fixed when
 * there is no spread.
 */
final class Spreads {

    private Spreads() {}

    static Distribution of(EstimateResult result) {
        double[] adjusted = result.estimates().stream()
                .filter(AdjustedEstimate::included)
                .mapToDouble(estimate -> Numbers.toDouble(estimate.counted().value()))
                .toArray();
        double total = Numbers.toDouble(result.groupTotal().value());
        double sd = adjusted.length < 2 ? 0 : StandardDeviation.of(adjusted).getAsDouble();
        return sd > 0 ? new Distribution.Normal(total, Math.sqrt(adjusted.length) * sd) : new Distribution.Fixed(total);
    }

    static Distribution of(ControlGroupEstimate estimate) {
        double total = estimate.totalImprovement().value();
        double se = estimate.standardError() * estimate.trainedWithData();
        return se > 0 ? new Distribution.Normal(total, se) : new Distribution.Fixed(total);
    }
}
