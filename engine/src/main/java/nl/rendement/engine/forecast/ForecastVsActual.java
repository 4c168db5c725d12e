package nl.rendement.engine.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;

/**
 * A programme's actual ROI beside its forecast, the variance explained measure by measure (METHOD
 * §8; Phillips compares the forecast with the actual ROI once the programme has run). Every
 * variance is actual − forecast expected: per measure as {@link MeasureVariances} explains it, the
 * annual benefits, the fully loaded costs (total over each side's horizon) and the gross ROI % (in
 * percentage points, with whether the actual lies within the forecast's low–high range).
 */
public final class ForecastVsActual {

    private ForecastVsActual() {}

    /**
     * @throws IllegalArgumentException when the two are of different programmes or currencies
     */
    public static ForecastComparison compare(ForecastResult forecast, EvaluationResult actual) {
        if (!forecast.programme().equals(actual.programme())) {
            throw new IllegalArgumentException(
                    "A forecast of " + forecast.programme() + " is not compared with " + actual.programme());
        }
        Money forecastTotal = forecast.annualBenefits().expected().value();
        Money actualTotal = actual.annualBenefits().value();
        if (!forecastTotal.currency().equals(actualTotal.currency())) {
            throw new IllegalArgumentException("The forecast and the actual are in different reporting currencies");
        }
        Map<String, MeasureBenefit> evaluated =
                actual.measures().stream().collect(Collectors.toMap(MeasureBenefit::measureId, Function.identity()));
        return new ForecastComparison(
                forecast.programme(),
                forecast.measures().stream()
                        .filter(measure -> evaluated.containsKey(measure.measureId()))
                        .map(measure -> MeasureVariances.of(measure, evaluated.get(measure.measureId())))
                        .toList(),
                unmatched(forecast.measures(), actual.measures()),
                FigureVariances.compared(
                        "forecast.benefits.variance", forecastTotal, actualTotal, actualTotal.minus(forecastTotal)),
                FigureVariances.costs(forecast.costs(), actual.costs()),
                FigureVariances.roi(forecast.roi(), actual.roi()));
    }

    /** The measures forecast but not evaluated, then those evaluated but not forecast, each in its order. */
    private static List<Reason> unmatched(List<MeasureForecast> forecast, List<MeasureBenefit> actual) {
        Set<String> forecastIds =
                forecast.stream().map(MeasureForecast::measureId).collect(Collectors.toSet());
        Set<String> evaluatedIds =
                actual.stream().map(MeasureBenefit::measureId).collect(Collectors.toSet());
        List<Reason> unmatched = new ArrayList<>();
        forecast.stream()
                .filter(measure -> !evaluatedIds.contains(measure.measureId()))
                .forEach(measure -> unmatched.add(Reason.of(
                        "forecast.notEvaluated",
                        "measure",
                        measure.measureId(),
                        "forecast",
                        measure.annualBenefit().expected().value())));
        actual.stream()
                .filter(benefit -> !forecastIds.contains(benefit.measureId()))
                .forEach(benefit -> unmatched.add(Reason.of(
                        "forecast.notForecast",
                        "measure",
                        benefit.measureId(),
                        "actual",
                        benefit.annualBenefit().value())));
        return unmatched;
    }
}
