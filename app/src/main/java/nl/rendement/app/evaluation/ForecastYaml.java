package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.forecast.Forecast;
import nl.rendement.engine.forecast.ForecastMeasure;
import nl.rendement.engine.forecast.Scenarios;
import nl.rendement.engine.value.Percentage;

/**
 * The {@code forecast} of an evaluation file (METHOD §8): what was expected before the programme
 * ran (expected participants, projected costs, per measure a low, expected and high change with
 * attribution and confidence), forecast with the evaluation's settings, rates and horizon and
 * compared with the actual result.
 */
final class ForecastYaml {

    /** What the forecast reads before the evaluation is built, waiting for its settings, rates and horizon. */
    record Parts(int expectedParticipants, CostLedger costs, List<ForecastMeasure> measures) {

        Forecast of(Evaluation evaluation) {
            return new Forecast(
                    evaluation.programme(),
                    evaluation.settings(),
                    measures,
                    costs,
                    expectedParticipants,
                    evaluation.rates(),
                    evaluation.horizon());
        }
    }

    /** A forecast expects at least one participant. */
    private static final Kind<Integer> PARTICIPANTS =
            Kind.INTEGER.requiring(count -> count >= 1, "evaluation.problem.notPositive");

    private final YamlMap forecast;
    private final Context context;
    private final Currency reporting;

    private ForecastYaml(YamlMap forecast, Currency reporting) {
        this.forecast = forecast;
        this.context = forecast.context();
        this.reporting = reporting;
    }

    /** The forecast's parts when the file has one; problems are reported and give empty. */
    static Optional<Parts> read(YamlMap root, Currency reporting, Map<String, MeasureEvaluation> measures) {
        return root.map("forecast").flatMap(map -> new ForecastYaml(map, reporting).read(measures));
    }

    private Optional<Parts> read(Map<String, MeasureEvaluation> measures) {
        int mark = context.mark();
        Integer expected = forecast.required("expectedParticipants", PARTICIPANTS);
        Optional<CostLedger> costs = forecast.requiredMap("costs").flatMap(map -> new CostYaml(map, reporting).read());
        List<ForecastMeasure> forecasts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap map : forecast.maps("measures")) {
            measure(map, measures, ids).ifPresent(forecasts::add);
        }
        forecast.done();
        return context.cleanSince(mark)
                ? Optional.of(new Parts(expected, costs.orElseThrow(), forecasts))
                : Optional.empty();
    }

    private Optional<ForecastMeasure> measure(YamlMap map, Map<String, MeasureEvaluation> measures, Set<String> ids) {
        int mark = context.mark();
        String id = map.required("measure", Kind.TEXT);
        Optional<MeasureEvaluation> measure = Optional.ofNullable(id).map(measures::get);
        if (id != null && measure.isEmpty()) {
            context.at(
                    map.at("measure"),
                    map.field("measure"),
                    "evaluation.problem.unknownValue",
                    id,
                    String.join(", ", measures.keySet()));
        } else if (id != null && !ids.add(id)) {
            context.at(map.at("measure"), map.field("measure"), "evaluation.problem.duplicateId", id);
        }
        Optional<Scenarios<BigDecimal>> change = map.requiredMap("change").flatMap(this::change);
        Percentage attribution = map.required("attribution", Kind.SHARE);
        Percentage confidence = map.required("confidence", Kind.SHARE);
        Optional<ConversionValue> value = map.has("conversion")
                ? map.map("conversion").flatMap(conversion -> MeasureYaml.conversion(conversion, reporting))
                : measure.flatMap(MeasureEvaluation::value);
        if (!map.has("conversion") && measure.isPresent() && value.isEmpty()) {
            context.at(map.node(), map.field("conversion"), "evaluation.problem.missing");
        }
        map.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                map.node(),
                map.path(),
                () -> new ForecastMeasure(measure.get().measure(), change.get(), value.get(), attribution, confidence));
    }

    private Optional<Scenarios<BigDecimal>> change(YamlMap change) {
        int mark = context.mark();
        BigDecimal low = change.required("low", Kind.DECIMAL);
        BigDecimal expected = change.required("expected", Kind.DECIMAL);
        BigDecimal high = change.required("high", Kind.DECIMAL);
        change.done();
        if (context.cleanSince(mark) && (low.compareTo(expected) > 0 || expected.compareTo(high) > 0)) {
            context.at(
                    change.node(),
                    change.path(),
                    "evaluation.problem.scenarioOrder",
                    low.toPlainString(),
                    expected.toPlainString(),
                    high.toPlainString());
        }
        return context.cleanSince(mark) ? Optional.of(new Scenarios<>(low, expected, high)) : Optional.empty();
    }
}
