package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.optional;
import static nl.rendement.app.evaluation.TrailJson.reasons;
import static nl.rendement.app.evaluation.TrailJson.tracedMoney;

import java.util.function.Function;
import nl.rendement.engine.forecast.ForecastComparison;
import nl.rendement.engine.forecast.ForecastResult;
import nl.rendement.engine.forecast.MeasureForecast;
import nl.rendement.engine.forecast.MeasureVariance;
import nl.rendement.engine.forecast.Scenarios;
import nl.rendement.engine.forecast.Variance;
import nl.rendement.engine.forecast.VarianceDecomposition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The forecast of {@code evaluate --json}: its three scenarios, and the expected one beside the actual result. */
final class ForecastJson {

    private ForecastJson() {}

    static JsonNode forecasted(Forecasted forecasted) {
        ForecastResult forecast = forecasted.forecast();
        ForecastComparison comparison = forecasted.comparison();
        ObjectNode made = object();
        made.set("measures", array(forecast.measures(), ForecastJson::measure));
        made.set("annualBenefits", scenarios(forecast.annualBenefits(), TrailJson::tracedMoney));
        made.set("costs", ReturnsJson.costs(forecast.costs()));
        made.set("roi", scenarios(forecast.roi(), ReturnsJson::roi));
        ObjectNode compared = object();
        compared.set("measures", array(comparison.measures(), ForecastJson::variance));
        compared.set("unmatched", reasons(comparison.unmatched()));
        compared.set("annualBenefits", compared(comparison.annualBenefits(), TrailJson::money));
        compared.set("costs", variance(comparison.costs(), TrailJson::money));
        compared.set("roi", variance(comparison.roi(), TrailJson::decimal));
        return object().<ObjectNode>set("forecast", made).set("comparison", compared);
    }

    private static JsonNode measure(MeasureForecast measure) {
        ObjectNode node = object().put("measure", measure.measureId());
        node.set("annualBenefit", scenarios(measure.annualBenefit(), TrailJson::tracedMoney));
        return node.set("reasons", reasons(measure.reasons()));
    }

    private static <T> JsonNode scenarios(Scenarios<T> scenarios, Function<T, JsonNode> each) {
        ObjectNode node = object();
        node.set("low", each.apply(scenarios.low()));
        node.set("expected", each.apply(scenarios.expected()));
        return node.set("high", each.apply(scenarios.high()));
    }

    private static JsonNode variance(MeasureVariance variance) {
        ObjectNode node = object().put("measure", variance.measureId());
        node.set("forecast", tracedMoney(variance.forecast()));
        node.set("actual", tracedMoney(variance.actual()));
        node.set("variance", tracedMoney(variance.variance()));
        node.set("decomposition", optional(variance.decomposition(), ForecastJson::decomposition));
        return node.set("reasons", reasons(variance.reasons()));
    }

    private static JsonNode decomposition(VarianceDecomposition split) {
        ObjectNode node = object();
        node.set("changeEffect", tracedMoney(split.changeEffect()));
        return node.set("valueEffect", tracedMoney(split.valueEffect()));
    }

    private static <T> JsonNode variance(Variance<T> variance, Function<T, JsonNode> value) {
        if (variance instanceof Variance.Compared<T> compared) {
            return compared(compared, value);
        }
        return object().put("kind", "notCompared")
                .set("reasons", reasons(((Variance.NotCompared<T>) variance).reasons()));
    }

    private static <T> JsonNode compared(Variance.Compared<T> compared, Function<T, JsonNode> value) {
        ObjectNode node = object().put("kind", "compared");
        node.set("forecast", value.apply(compared.forecast()));
        node.set("actual", value.apply(compared.actual()));
        node.set("variance", value.apply(compared.variance().value()));
        return node.set("trail", TrailJson.trail(compared.variance().trail()));
    }
}
