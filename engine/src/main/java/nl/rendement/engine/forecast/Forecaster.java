package nl.rendement.engine.forecast;

import java.util.Currency;
import java.util.List;
import nl.rendement.engine.EvaluationSettings;
import nl.rendement.engine.conversion.Conversion;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.costs.CostSettings;
import nl.rendement.engine.costs.FullyLoadedCosts;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.Roi;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * The forecast before a programme (METHOD §8; Phillips, the forecast ROI of <i>Return on
 * Investment in Training and Performance Improvement Programs</i>, before the programme and
 * compared with the actual after it):
 *
 * <ul>
 *   <li>per measure and scenario: benefit a year = change per period × periods a year × value of
 *       one unit × attribution × confidence (an estimated value × its own confidence too), in the
 *       reporting currency through an explicit rate; a measure whose value cannot be converted adds
 *       0 with its reasons;
 *   <li>annual benefits = the sum over the measures, low, expected and high;
 *   <li>costs projected: {@link FullyLoadedCosts} of the projected ledger for the expected
 *       participants, or its reasons;
 *   <li>ROI low, expected and high by {@link Roi} with the settings' objective and discount rate
 *       over the forecast's horizon, gross of reimbursements: ROI % = (benefits − costs) / costs ×
 *       100 (METHOD §7).
 * </ul>
 */
public final class Forecaster {

    private Forecaster() {}

    public static ForecastResult forecast(Forecast forecast) {
        EvaluationSettings settings = forecast.settings();
        Currency currency = settings.reportingCurrency();
        MeasureForecasts each = new MeasureForecasts(new Conversion(currency, forecast.rates()), currency);
        List<MeasureForecast> measures =
                forecast.measures().stream().map(each::of).toList();
        Scenarios<Traced<Money>> annual = Scenarios.of(scenario -> sum(measures, scenario, currency));
        CostOutcome costs = projectedCosts(forecast);
        return new ForecastResult(
                forecast.programme(),
                measures,
                annual,
                costs,
                annual.map((scenario, benefits) -> ForecastReturns.roi(forecast, measures, scenario, benefits, costs)));
    }

    /** The fully loaded costs of the projected ledger for the expected participants (METHOD §6). */
    private static CostOutcome projectedCosts(Forecast forecast) {
        EvaluationSettings settings = forecast.settings();
        return FullyLoadedCosts.calculate(
                forecast.costs(),
                forecast.expectedParticipants(),
                forecast.horizon(),
                new CostSettings(
                        settings.reportingCurrency(),
                        settings.employerCostFactor(),
                        settings.hoursWorkedPerFteYear(),
                        settings.vatReclaimable()),
                forecast.rates());
    }

    private static Traced<Money> sum(List<MeasureForecast> measures, Scenario scenario, Currency currency) {
        Money total = Money.zero(currency);
        Trail trail = Trail.EMPTY;
        for (MeasureForecast measure : measures) {
            Traced<Money> benefit = measure.annualBenefit().get(scenario);
            total = total.plus(benefit.value());
            trail = trail.then(benefit.trail());
        }
        long converted = measures.stream().filter(MeasureForecast::converted).count();
        return new Traced<>(
                total,
                trail.then(Step.of(
                        "forecast.annualBenefits",
                        "scenario",
                        scenario.name(),
                        "annualBenefits",
                        total,
                        "measures",
                        measures.size(),
                        "convertedMeasures",
                        converted)));
    }
}
