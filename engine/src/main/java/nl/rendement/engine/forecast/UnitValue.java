package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Percentage;

/**
 * The improvement per period and value of one unit a benefit a year was converted from, read
 * from its trail's documented steps: {@code conversion.annualised} (improvementPerPeriod,
 * periodsPerYear) and {@code conversion.valued} (valuePerUnit); when the value was an estimate,
 * {@code conversion.estimateConfidence} (confidence) is folded into the value, so that benefit =
 * improvement × periods a year × value per unit, exactly.
 */
record UnitValue(BigDecimal improvementPerPeriod, int periodsPerYear, Money valuePerUnit) {

    /** Improvement per period × periods a year. */
    BigDecimal annualChange() {
        return improvementPerPeriod.multiply(BigDecimal.valueOf(periodsPerYear));
    }

    /** Empty when the benefit was not converted from units once (a benefit given in money, or none). */
    static Optional<UnitValue> read(Trail trail) {
        List<Step> annualised = trail.all("conversion.annualised");
        List<Step> valued = trail.all("conversion.valued");
        List<Step> confidence = trail.all("conversion.estimateConfidence");
        if (annualised.size() != 1 || valued.size() != 1 || confidence.size() > 1) {
            return Optional.empty();
        }
        Optional<Object> improvement = annualised.get(0).fact("improvementPerPeriod");
        Optional<Object> periods = annualised.get(0).fact("periodsPerYear");
        Optional<Object> perUnit = valued.get(0).fact("valuePerUnit");
        if (!(improvement.orElse(null) instanceof BigDecimal change)
                || !(periods.orElse(null) instanceof Integer perYear)
                || !(perUnit.orElse(null) instanceof Money value)) {
            return Optional.empty();
        }
        for (Step step : confidence) {
            if (!(step.fact("confidence").orElse(null) instanceof Percentage share)) {
                return Optional.empty();
            }
            value = value.times(share.fraction());
        }
        return Optional.of(new UnitValue(change, perYear, value));
    }
}
