package nl.rendement.app.evaluation;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Intangible;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.isolation.Candidate;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.uncertainty.RoiRange;
import nl.rendement.engine.value.Percentage;
import org.springframework.context.MessageSource;

/**
 * An evaluation's result as plain text in the reader's language, for the {@code evaluate}
 * command: money and numbers as that language writes them ({@code € 1.234,56} in Dutch,
 * {@code €1,234.56} in English, as the web pages do), rounded only here (HALF_EVEN).
 */
final class EvaluationSummary {

    private static final int SENSITIVITY_SHOWN = 3;

    private final SummaryText say;

    EvaluationSummary(MessageSource messages, Locale locale, PrintStream out) {
        this.say = new SummaryText(messages, locale, out);
    }

    void print(Evaluation evaluation, EvaluationResult result, Optional<Forecasted> forecast) {
        say.line("evaluate.programme", result.programme());
        new LevelsSummary(say, evaluation.settings().anonymityThreshold()).print(result.levels());
        Map<String, String> names = names(evaluation);
        say.line("evaluate.measures");
        for (MeasureBenefit measure : result.measures()) {
            measure(names, measure);
        }
        new SeriesSummary(say, names).print(result.series());
        say.line("evaluate.annualBenefits", say.money(result.annualBenefits().value()));
        costs(result.costs());
        Percentage objective = evaluation.settings().roiObjective();
        roi(result.roi(), objective, false);
        roi(result.roiNetOfReimbursements(), objective, true);
        result.range().ifPresent(range -> range(range, objective));
        forecast.ifPresent(made -> new ForecastSummary(say, names).print(made.forecast(), made.comparison()));
        if (!result.intangibles().isEmpty()) {
            say.line("evaluate.intangibles");
            for (Intangible intangible : result.intangibles()) {
                say.line("evaluate.intangible", intangible.name(), intangible.description());
            }
        }
        if (!result.notes().isEmpty()) {
            say.line("evaluate.notes");
            for (Reason note : result.notes()) {
                say.line("evaluate.note", say.reason(note));
            }
        }
    }

    private void measure(Map<String, String> names, MeasureBenefit measure) {
        String name = names.getOrDefault(measure.measureId(), measure.measureId());
        measure.headline()
                .ifPresentOrElse(
                        headline -> say.line(
                                "evaluate.measure.headline",
                                name,
                                method(headline.method()),
                                say.money(measure.annualBenefit().value())),
                        () -> say.line(
                                "evaluate.measure.noHeadline",
                                name,
                                say.money(measure.annualBenefit().value()),
                                say.reasons(measure.reasons())));
        for (Candidate alternative : measure.alternatives()) {
            String amount = alternative
                    .annualBenefit()
                    .map(benefit -> say.money(benefit.value()))
                    .orElseGet(() -> say.text("evaluate.noAmount"));
            if (alternative.credible()) {
                say.line("evaluate.alternative.credible", method(alternative.method()), amount);
            } else {
                say.line(
                        "evaluate.alternative.notCredible",
                        method(alternative.method()),
                        amount,
                        say.reasons(alternative.reasons()));
            }
        }
    }

    /** Each measure's name as the summary shows it, "Deals closed (deals)", by id. */
    private static Map<String, String> names(Evaluation evaluation) {
        Map<String, String> names = new LinkedHashMap<>();
        evaluation.measures().stream()
                .map(MeasureEvaluation::measure)
                .forEach(impact -> names.put(impact.id(), impact.name() + " (" + impact.id() + ")"));
        return names;
    }

    private void costs(CostOutcome outcome) {
        if (outcome instanceof CostOutcome.NoCosts none) {
            say.line("evaluate.costs.none", say.reasons(none.reasons()));
            return;
        }
        CostOutcome.Costs costs = (CostOutcome.Costs) outcome;
        say.line("evaluate.costs", say.money(costs.total().value()));
        for (CostCategory category : CostCategory.values()) {
            say.line(
                    "evaluate.costs.category",
                    say.text("evaluate.category." + camel(category.name())),
                    say.money(costs.category(category).value()));
        }
        if (costs.reimbursed().value().amount().signum() != 0) {
            say.line(
                    "evaluate.costs.reimbursed",
                    say.money(costs.reimbursed().value()),
                    say.money(costs.net().value()));
        }
    }

    private void roi(RoiOutcome outcome, Percentage objective, boolean net) {
        if (outcome instanceof RoiOutcome.NoRoi none) {
            if (!net) {
                say.line("evaluate.roi.none", say.reasons(none.reasons()));
            }
            return;
        }
        RoiFigures roi = (RoiFigures) outcome;
        String verdict =
                say.text("evaluate.verdict." + camel(roi.verdict().value().name()), say.percent(objective.value()));
        if (net) {
            say.line("evaluate.roi.net", say.percent(roi.roiPercent().value()), verdict);
            return;
        }
        say.line("evaluate.bcr", say.number(roi.benefitCostRatio().value(), 2));
        say.line("evaluate.roi", say.percent(roi.roiPercent().value()), verdict);
        roi.paybackMonths()
                .ifPresentOrElse(
                        months -> say.line("evaluate.payback", say.number(months.value(), 2)),
                        () -> roi.noPayback()
                                .ifPresent(reason -> say.line("evaluate.payback.none", say.reason(reason))));
        roi.netPresentValue().ifPresent(npv -> say.line("evaluate.npv", say.money(npv.value())));
    }

    private void range(RoiRange range, Percentage objective) {
        say.line(
                "evaluate.range",
                say.percent(BigDecimal.valueOf(range.p5())),
                say.percent(BigDecimal.valueOf(range.p95())),
                say.percent(BigDecimal.valueOf(range.median())));
        say.line(
                "evaluate.probability",
                say.percent(objective.value()),
                say.percent(BigDecimal.valueOf(range.probabilityMeetsObjective() * 100)),
                say.number(BigDecimal.valueOf(range.iterations()), 0),
                String.valueOf(range.seed()));
        List<RoiRange.Swing> top = range.sensitivity().stream()
                .sorted((a, b) -> Double.compare(b.width(), a.width()))
                .limit(SENSITIVITY_SHOWN)
                .toList();
        if (!top.isEmpty()) {
            say.line("evaluate.sensitivity");
            for (RoiRange.Swing swing : top) {
                say.line(
                        "evaluate.sensitivity.input",
                        swing.key(),
                        say.percent(BigDecimal.valueOf(swing.roiAtLow())),
                        say.percent(BigDecimal.valueOf(swing.roiAtHigh())));
            }
        }
    }

    private String method(IsolationMethod method) {
        return say.text("evaluate.method." + camel(method.name()));
    }

    /** NEEDS_ASSESSMENT as needsAssessment, for a message key. */
    private static String camel(String constant) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
