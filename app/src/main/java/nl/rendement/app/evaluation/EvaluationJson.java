package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.code;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.optional;
import static nl.rendement.app.evaluation.TrailJson.optionalText;
import static nl.rendement.app.evaluation.TrailJson.percentage;
import static nl.rendement.app.evaluation.TrailJson.reasons;
import static nl.rendement.app.evaluation.TrailJson.tracedMoney;

import java.io.PrintStream;
import java.util.Optional;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Intangible;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.isolation.Candidate;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.value.Horizon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An evaluation's full result as JSON, for {@code evaluate --json}: every figure with its trail,
 * in the format of {@code docs/schema/evaluation-result.schema.json}. Language-neutral: codes
 * instead of words, ISO currency codes, exact amounts as plain decimal strings, never rounded.
 * Written field by field, not by reflection over the engine's records, so that the format only
 * changes on purpose (and then its version in {@link #FORMAT}).
 */
final class EvaluationJson {

    /** The format's name and version, the document's first field. */
    static final String FORMAT = "rendement-evaluation-result/2";

    private static final ObjectWriter WRITER = JsonMapper.shared().writerWithDefaultPrettyPrinter();

    private EvaluationJson() {}

    static void print(Evaluation evaluation, EvaluationResult result, Optional<Forecasted> forecast, PrintStream out) {
        out.println(text(evaluation, result, forecast));
        out.flush();
    }

    /** The document as {@code evaluate --json} prints it, without the line end. */
    static String text(Evaluation evaluation, EvaluationResult result, Optional<Forecasted> forecast) {
        return WRITER.writeValueAsString(of(evaluation, result, forecast));
    }

    static ObjectNode of(Evaluation evaluation, EvaluationResult result) {
        return of(evaluation, result, Optional.empty());
    }

    static ObjectNode of(Evaluation evaluation, EvaluationResult result, Optional<Forecasted> forecast) {
        ObjectNode document = object().put("format", FORMAT).put("programme", result.programme());
        document.put(
                "reportingCurrency", evaluation.settings().reportingCurrency().getCurrencyCode());
        document.set("roiObjective", percentage(evaluation.settings().roiObjective()));
        document.set("horizon", horizon(evaluation.horizon()));
        document.set("measures", array(result.measures(), measure -> measure(evaluation, measure)));
        document.set("annualBenefits", tracedMoney(result.annualBenefits()));
        document.set("costs", ReturnsJson.costs(result.costs()));
        document.set("roi", ReturnsJson.roi(result.roi()));
        document.set("roiNetOfReimbursements", ReturnsJson.roi(result.roiNetOfReimbursements()));
        document.set("range", optional(result.range(), ReturnsJson::range));
        document.set("levels", LevelsJson.levels(result.levels()));
        ObjectNode series = object();
        result.series().forEach((measure, outcome) -> series.set(measure, SeriesJson.outcome(outcome)));
        document.set("series", series);
        document.set("intangibles", array(result.intangibles(), EvaluationJson::intangible));
        document.set("forecast", optional(forecast, ForecastJson::forecasted));
        return document.set("notes", reasons(result.notes()));
    }

    private static JsonNode horizon(Horizon horizon) {
        return object().put("months", horizon.months()).set("justification", optionalText(horizon.justification()));
    }

    private static JsonNode measure(Evaluation evaluation, MeasureBenefit benefit) {
        Optional<ImpactMeasure> measure = evaluation.measures().stream()
                .map(MeasureEvaluation::measure)
                .filter(impact -> impact.id().equals(benefit.measureId()))
                .findFirst();
        ObjectNode node = object().put("id", benefit.measureId());
        node.set("name", optionalText(measure.map(ImpactMeasure::name)));
        node.set("unit", optionalText(measure.map(ImpactMeasure::unit)));
        node.put("credible", benefit.credible());
        node.set("annualBenefit", tracedMoney(benefit.annualBenefit()));
        node.set("headline", optional(benefit.headline(), EvaluationJson::candidate));
        node.set("alternatives", array(benefit.alternatives(), EvaluationJson::candidate));
        return node.set("reasons", reasons(benefit.reasons()));
    }

    private static JsonNode candidate(Candidate candidate) {
        ObjectNode node = object().set("method", code(candidate.method()));
        node.put("tier", candidate.method().tier()).put("credible", candidate.credible());
        node.set("annualBenefit", optional(candidate.annualBenefit(), TrailJson::tracedMoney));
        return node.set("reasons", reasons(candidate.reasons()));
    }

    private static JsonNode intangible(Intangible intangible) {
        ObjectNode node = object().put("name", intangible.name()).put("description", intangible.description());
        return node.set("measure", optionalText(intangible.measureId()));
    }
}
