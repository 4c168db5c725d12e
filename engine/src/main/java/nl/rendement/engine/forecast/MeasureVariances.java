package nl.rendement.engine.forecast;

import java.util.List;
import java.util.Optional;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;

/**
 * One measure's forecast expected benefit a year beside its actual headline benefit a year, the
 * variance and its two-factor decomposition ({@link VarianceDecomposition}), reading each side's
 * improvement per period and value per unit from its trail ({@link UnitValue}).
 */
final class MeasureVariances {

    private MeasureVariances() {}

    static MeasureVariance of(MeasureForecast forecast, MeasureBenefit actual) {
        String id = forecast.measureId();
        Traced<Money> expected = forecast.annualBenefit().expected();
        Traced<Money> headline = actual.annualBenefit();
        Money variance = headline.value().minus(expected.value());
        Traced<Money> traced = Traced.of(
                variance,
                Step.of(
                        "forecast.variance",
                        "measure",
                        id,
                        "forecast",
                        expected.value(),
                        "actual",
                        headline.value(),
                        "variance",
                        variance));
        Optional<String> because = !actual.credible()
                ? Optional.of("noCredibleHeadline")
                : !forecast.converted() ? Optional.of("forecastNotConverted") : Optional.empty();
        Optional<UnitValue> forecastUnits = UnitValue.read(expected.trail());
        Optional<UnitValue> actualUnits = UnitValue.read(headline.trail());
        if (because.isEmpty() && (actualUnits.isEmpty() || forecastUnits.isEmpty())) {
            because = Optional.of("notFromUnits");
        }
        if (because.isPresent()) {
            Reason reason = Reason.of("forecast.variance.noDecomposition", "measure", id, "because", because.get());
            return new MeasureVariance(id, expected, headline, traced, Optional.empty(), List.of(reason));
        }
        return new MeasureVariance(
                id,
                expected,
                headline,
                traced,
                Optional.of(decompose(forecastUnits.get(), actualUnits.get())),
                List.of());
    }

    private static VarianceDecomposition decompose(UnitValue forecast, UnitValue actual) {
        Money change = forecast.valuePerUnit().times(actual.annualChange().subtract(forecast.annualChange()));
        Money value = actual.valuePerUnit().minus(forecast.valuePerUnit()).times(actual.annualChange());
        return new VarianceDecomposition(
                Traced.of(
                        change,
                        Step.of(
                                "forecast.variance.changeEffect",
                                "actualImprovementPerPeriod",
                                actual.improvementPerPeriod(),
                                "actualPeriodsPerYear",
                                actual.periodsPerYear(),
                                "forecastImprovementPerPeriod",
                                forecast.improvementPerPeriod(),
                                "forecastPeriodsPerYear",
                                forecast.periodsPerYear(),
                                "forecastValuePerUnit",
                                forecast.valuePerUnit(),
                                "changeEffect",
                                change)),
                Traced.of(
                        value,
                        Step.of(
                                "forecast.variance.valueEffect",
                                "actualImprovementPerPeriod",
                                actual.improvementPerPeriod(),
                                "actualPeriodsPerYear",
                                actual.periodsPerYear(),
                                "actualValuePerUnit",
                                actual.valuePerUnit(),
                                "forecastValuePerUnit",
                                forecast.valuePerUnit(),
                                "valueEffect",
                                value)));
    }
}
