package nl.rendement.app.evaluation;

import java.util.Optional;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.forecast.Forecast;
import nl.rendement.engine.forecast.ForecastComparison;
import nl.rendement.engine.forecast.ForecastResult;
import nl.rendement.engine.forecast.ForecastVsActual;
import nl.rendement.engine.forecast.Forecaster;

/** An evaluation file's forecast, made, and set beside the actual result. */
public record Forecasted(ForecastResult forecast, ForecastComparison comparison) {

    static Optional<Forecasted> of(Optional<Forecast> forecast, EvaluationResult actual) {
        return forecast.map(Forecaster::forecast)
                .map(made -> new Forecasted(made, ForecastVsActual.compare(made, actual)));
    }
}
