package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.util.Objects;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.value.Percentage;

/**
 * What a programme is expected to do to one impact measure, before it runs (METHOD §8): the
 * change per period of the measure (in its units, positive = better, as an isolated improvement
 * is stated) as low, expected and high; the value of one unit; the share of the change expected to
 * be attributable to the programme and the confidence in that attribution.
 *
 * @param measure the impact measure, by its id and period (its observations are not used)
 * @param changePerPeriod low ≤ expected ≤ high
 */
public record ForecastMeasure(
        ImpactMeasure measure,
        Scenarios<BigDecimal> changePerPeriod,
        ConversionValue value,
        Percentage attribution,
        Percentage confidence) {

    public ForecastMeasure {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(changePerPeriod, "changePerPeriod");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(confidence, "confidence");
        if (changePerPeriod.low().compareTo(changePerPeriod.expected()) > 0
                || changePerPeriod.expected().compareTo(changePerPeriod.high()) > 0) {
            throw new IllegalArgumentException("A forecast change runs low ≤ expected ≤ high: " + measure.id());
        }
        if (!attribution.isShare() || !confidence.isShare()) {
            throw new IllegalArgumentException("Attribution and confidence lie from 0 to 100%: " + measure.id());
        }
    }

    public String measureId() {
        return measure.id();
    }

    /** The attributable change per period = change × attribution × confidence, exactly. */
    public BigDecimal attributable(Scenario scenario) {
        return changePerPeriod.get(scenario).multiply(attribution.fraction()).multiply(confidence.fraction());
    }
}
