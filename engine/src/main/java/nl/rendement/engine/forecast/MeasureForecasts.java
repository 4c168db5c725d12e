package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import nl.rendement.engine.conversion.Conversion;
import nl.rendement.engine.conversion.ConversionOutcome;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * One measure's forecast benefit a year per scenario: the attributable change (change ×
 * attribution × confidence, {@code forecast.adjusted}) converted by {@link Conversion} exactly as
 * an isolated improvement is (annualised, valued in the reporting currency, an estimated value ×
 * its confidence), then {@code forecast.benefit}.
 */
final class MeasureForecasts {

    private final Conversion conversion;
    private final Currency currency;

    MeasureForecasts(Conversion conversion, Currency currency) {
        this.conversion = conversion;
        this.currency = currency;
    }

    MeasureForecast of(ForecastMeasure measure) {
        ConversionOutcome expected = convert(measure, Scenario.EXPECTED);
        if (expected instanceof ConversionOutcome.NotConverted notConverted) {
            Trail reasons =
                    new Trail(notConverted.reasons().stream().map(Reason::step).toList());
            return new MeasureForecast(
                    measure.measureId(),
                    Scenarios.of(scenario -> benefit(measure, scenario, Money.zero(currency), reasons)),
                    notConverted.reasons());
        }
        return new MeasureForecast(
                measure.measureId(),
                Scenarios.of(scenario -> {
                    Traced<Money> converted = ((ConversionOutcome.Converted) convert(measure, scenario)).annualValue();
                    return benefit(measure, scenario, converted.value(), converted.trail());
                }),
                List.of());
    }

    private ConversionOutcome convert(ForecastMeasure measure, Scenario scenario) {
        BigDecimal adjusted = measure.attributable(scenario);
        Traced<BigDecimal> improvement = Traced.of(
                adjusted,
                Step.of(
                        "forecast.adjusted",
                        "measure",
                        measure.measureId(),
                        "scenario",
                        scenario.name(),
                        "changePerPeriod",
                        measure.changePerPeriod().get(scenario),
                        "attribution",
                        measure.attribution(),
                        "confidence",
                        measure.confidence(),
                        "adjusted",
                        adjusted));
        return conversion.annualValue(improvement, measure.measure().period(), measure.value());
    }

    private static Traced<Money> benefit(ForecastMeasure measure, Scenario scenario, Money annual, Trail trail) {
        return new Traced<>(
                annual,
                trail.then(Step.of(
                        "forecast.benefit",
                        "measure",
                        measure.measureId(),
                        "scenario",
                        scenario.name(),
                        "annualBenefit",
                        annual)));
    }
}
