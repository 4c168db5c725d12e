package nl.rendement.app.evaluation;

import java.util.Map;
import java.util.function.Function;
import nl.rendement.engine.forecast.ForecastComparison;
import nl.rendement.engine.forecast.ForecastResult;
import nl.rendement.engine.forecast.MeasureVariance;
import nl.rendement.engine.forecast.Scenarios;
import nl.rendement.engine.forecast.Variance;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;

/**
 * The forecast of the {@code evaluate} summary (METHOD §8): the forecast ROI in its low, expected
 * and high scenarios, and the expected scenario beside the actual result, per measure (with the
 * variance split into the change and the value of a unit) and in total.
 */
final class ForecastSummary {

    private final SummaryText say;
    private final Map<String, String> names;

    /** @param names each measure's name as the summary shows it, by id */
    ForecastSummary(SummaryText say, Map<String, String> names) {
        this.say = say;
        this.names = names;
    }

    void print(ForecastResult forecast, ForecastComparison comparison) {
        say.line("evaluate.forecast");
        say.line("evaluate.forecast.roi", roi(forecast.roi()));
        for (MeasureVariance measure : comparison.measures()) {
            say.line(
                    "evaluate.forecast.measure",
                    names.getOrDefault(measure.measureId(), measure.measureId()),
                    say.money(measure.forecast().value()),
                    say.money(measure.actual().value()),
                    say.money(measure.variance().value()));
            measure.decomposition()
                    .ifPresentOrElse(
                            split -> say.line(
                                    "evaluate.forecast.split",
                                    say.money(split.changeEffect().value()),
                                    say.money(split.valueEffect().value())),
                            () -> say.line("evaluate.forecast.noSplit", unsplit(measure)));
        }
        if (!comparison.unmatched().isEmpty()) {
            say.line("evaluate.forecast.unmatched", say.reasons(comparison.unmatched()));
        }
        Variance.Compared<Money> benefits = comparison.annualBenefits();
        say.line(
                "evaluate.forecast.benefits",
                say.money(benefits.forecast()),
                say.money(benefits.actual()),
                say.money(benefits.variance().value()));
        variance("evaluate.forecast.costs", comparison.costs(), say::money, say::money);
        variance("evaluate.forecast.roiVariance", comparison.roi(), say::percent, points -> say.number(points, 2));
    }

    /** Why a measure's variance is not split: in words for the engine's three causes, else the reasons. */
    private String unsplit(MeasureVariance measure) {
        return measure.reasons().stream()
                .filter(reason -> reason.code().equals("forecast.variance.noDecomposition"))
                .flatMap(reason -> reason.step().fact("because").stream())
                .map(because -> say.text("evaluate.forecast.because." + because))
                .findFirst()
                .orElseGet(() -> say.reasons(measure.reasons()));
    }

    private String roi(Scenarios<RoiOutcome> roi) {
        return say.text("evaluate.forecast.scenarios", roi(roi.low()), roi(roi.expected()), roi(roi.high()));
    }

    private String roi(RoiOutcome outcome) {
        return outcome instanceof RoiFigures figures
                ? say.percent(figures.roiPercent().value())
                : say.text("evaluate.forecast.noRoi", say.reasons(((RoiOutcome.NoRoi) outcome).reasons()));
    }

    private <T> void variance(
            String key, Variance<T> variance, Function<T, String> format, Function<T, String> difference) {
        if (variance instanceof Variance.Compared<T> compared) {
            say.line(
                    key,
                    format.apply(compared.forecast()),
                    format.apply(compared.actual()),
                    difference.apply(compared.variance().value()));
        } else {
            say.line(key + ".none", say.reasons(((Variance.NotCompared<T>) variance).reasons()));
        }
    }
}
