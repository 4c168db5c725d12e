package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;

/** Forecast beside actual for the programme's totals: costs and the ROI %, variance = actual − forecast. */
final class FigureVariances {

    private FigureVariances() {}

    static Variance<Money> costs(CostOutcome forecast, CostOutcome actual) {
        if (forecast instanceof CostOutcome.NoCosts none) {
            return notCompared("forecast.costs.noForecast", none.reasons());
        }
        if (actual instanceof CostOutcome.NoCosts none) {
            return notCompared("forecast.costs.noActual", none.reasons());
        }
        CostOutcome.Costs projected = (CostOutcome.Costs) forecast;
        CostOutcome.Costs fullyLoaded = (CostOutcome.Costs) actual;
        Money variance = fullyLoaded.total().value().minus(projected.total().value());
        return new Variance.Compared<>(
                projected.total().value(),
                fullyLoaded.total().value(),
                Traced.of(
                        variance,
                        Step.of(
                                "forecast.costs.variance",
                                "forecast",
                                projected.total().value(),
                                "forecastHorizonMonths",
                                projected.horizon().months(),
                                "actual",
                                fullyLoaded.total().value(),
                                "actualHorizonMonths",
                                fullyLoaded.horizon().months(),
                                "variance",
                                variance)));
    }

    static <T> Variance.Compared<T> compared(String code, T forecast, T actual, T variance) {
        return new Variance.Compared<>(
                forecast,
                actual,
                Traced.of(variance, Step.of(code, "forecast", forecast, "actual", actual, "variance", variance)));
    }

    static <T> Variance<T> notCompared(String code, List<Reason> reasons) {
        List<Reason> all = new ArrayList<>();
        all.add(Reason.of(code));
        all.addAll(reasons);
        return new Variance.NotCompared<>(all);
    }

    /** The gross ROI % side by side: forecast low, expected and high against the actual. */
    static Variance<BigDecimal> roi(Scenarios<RoiOutcome> forecast, RoiOutcome actual) {
        if (forecast.expected() instanceof RoiOutcome.NoRoi none) {
            return notCompared("forecast.roi.noForecast", none.reasons());
        }
        if (actual instanceof RoiOutcome.NoRoi none) {
            return notCompared("forecast.roi.noActual", none.reasons());
        }
        Scenarios<BigDecimal> percent = forecast.map((scenario, roi) -> percent(roi));
        BigDecimal actualPercent = percent(actual);
        BigDecimal variance = actualPercent.subtract(percent.expected());
        boolean within = actualPercent.compareTo(percent.low()) >= 0 && actualPercent.compareTo(percent.high()) <= 0;
        return new Variance.Compared<>(
                percent.expected(),
                actualPercent,
                Traced.of(
                        variance,
                        Step.of(
                                "forecast.roi.variance",
                                "forecastLow",
                                percent.low(),
                                "forecastExpected",
                                percent.expected(),
                                "forecastHigh",
                                percent.high(),
                                "actual",
                                actualPercent,
                                "variance",
                                variance,
                                "withinRange",
                                within)));
    }

    /** Low and high have figures whenever expected has: benefits and costs fail alike in all three. */
    private static BigDecimal percent(RoiOutcome roi) {
        return ((RoiFigures) roi).roiPercent().value();
    }
}
