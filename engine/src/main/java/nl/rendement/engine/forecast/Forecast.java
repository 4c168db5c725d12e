package nl.rendement.engine.forecast;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.EvaluationSettings;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.value.Horizon;

/**
 * A programme's forecast before it runs (METHOD §8): the settings its evaluation will use
 * (reporting currency, employer costs, hours worked, VAT, discount rate, ROI objective), the
 * expected effect on each impact measure, the projected cost ledger (projected lines, for the
 * forecast only) for the participants expected, the exchange rates and the horizon.
 *
 * @param expectedParticipants who the projected costs are for; prorated lines are shared over them
 */
public record Forecast(
        String programme,
        EvaluationSettings settings,
        List<ForecastMeasure> measures,
        CostLedger costs,
        int expectedParticipants,
        ExchangeRates rates,
        Horizon horizon) {

    public Forecast {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(settings, "settings");
        measures = List.copyOf(measures);
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(horizon, "horizon");
        if (expectedParticipants < 1) {
            throw new IllegalArgumentException("A forecast expects at least one participant: " + expectedParticipants);
        }
        if (measures.stream().map(ForecastMeasure::measureId).distinct().count() != measures.size()) {
            throw new IllegalArgumentException("An impact measure is forecast twice in " + programme);
        }
    }
}
