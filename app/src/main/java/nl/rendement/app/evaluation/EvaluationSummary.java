package nl.rendement.app.evaluation;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Intangible;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.isolation.Candidate;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Fact;
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

    private final MessageSource messages;
    private final Locale locale;
    private final Locale numbers;
    private final PrintStream out;

    EvaluationSummary(MessageSource messages, Locale locale, PrintStream out) {
        this.messages = messages;
        this.locale = locale;
        this.numbers = dutch(locale) ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE");
        this.out = out;
    }

    void print(Evaluation evaluation, EvaluationResult result) {
        line("evaluate.programme", result.programme());
        line("evaluate.measures");
        for (MeasureBenefit measure : result.measures()) {
            measure(evaluation, measure);
        }
        line("evaluate.annualBenefits", money(result.annualBenefits().value()));
        costs(result.costs());
        Percentage objective = evaluation.settings().roiObjective();
        roi(result.roi(), objective, false);
        roi(result.roiNetOfReimbursements(), objective, true);
        result.range().ifPresent(range -> range(range, objective));
        if (!result.intangibles().isEmpty()) {
            line("evaluate.intangibles");
            for (Intangible intangible : result.intangibles()) {
                line("evaluate.intangible", intangible.name(), intangible.description());
            }
        }
        if (!result.notes().isEmpty()) {
            line("evaluate.notes");
            for (Reason note : result.notes()) {
                line("evaluate.note", reason(note));
            }
        }
    }

    private void measure(Evaluation evaluation, MeasureBenefit measure) {
        String name = evaluation.measures().stream()
                .map(MeasureEvaluation::measure)
                .filter(impact -> impact.id().equals(measure.measureId()))
                .map(impact -> impact.name() + " (" + impact.id() + ")")
                .findFirst()
                .orElse(measure.measureId());
        measure.headline()
                .ifPresentOrElse(
                        headline -> line(
                                "evaluate.measure.headline",
                                name,
                                method(headline.method()),
                                money(measure.annualBenefit().value())),
                        () -> line(
                                "evaluate.measure.noHeadline",
                                name,
                                money(measure.annualBenefit().value()),
                                reasons(measure.reasons())));
        for (Candidate alternative : measure.alternatives()) {
            String amount = alternative
                    .annualBenefit()
                    .map(benefit -> money(benefit.value()))
                    .orElseGet(() -> text("evaluate.noAmount"));
            if (alternative.credible()) {
                line("evaluate.alternative.credible", method(alternative.method()), amount);
            } else {
                line(
                        "evaluate.alternative.notCredible",
                        method(alternative.method()),
                        amount,
                        reasons(alternative.reasons()));
            }
        }
    }

    private void costs(CostOutcome outcome) {
        if (outcome instanceof CostOutcome.NoCosts none) {
            line("evaluate.costs.none", reasons(none.reasons()));
            return;
        }
        CostOutcome.Costs costs = (CostOutcome.Costs) outcome;
        line("evaluate.costs", money(costs.total().value()));
        for (CostCategory category : CostCategory.values()) {
            line(
                    "evaluate.costs.category",
                    text("evaluate.category." + camel(category.name())),
                    money(costs.category(category).value()));
        }
        if (costs.reimbursed().value().amount().signum() != 0) {
            line(
                    "evaluate.costs.reimbursed",
                    money(costs.reimbursed().value()),
                    money(costs.net().value()));
        }
    }

    private void roi(RoiOutcome outcome, Percentage objective, boolean net) {
        if (outcome instanceof RoiOutcome.NoRoi none) {
            if (!net) {
                line("evaluate.roi.none", reasons(none.reasons()));
            }
            return;
        }
        RoiFigures roi = (RoiFigures) outcome;
        String verdict = text("evaluate.verdict." + camel(roi.verdict().value().name()), percent(objective.value()));
        if (net) {
            line("evaluate.roi.net", percent(roi.roiPercent().value()), verdict);
            return;
        }
        line("evaluate.bcr", number(roi.benefitCostRatio().value(), 2));
        line("evaluate.roi", percent(roi.roiPercent().value()), verdict);
        roi.paybackMonths()
                .ifPresentOrElse(
                        months -> line("evaluate.payback", number(months.value(), 2)),
                        () -> roi.noPayback().ifPresent(reason -> line("evaluate.payback.none", reason(reason))));
        roi.netPresentValue().ifPresent(npv -> line("evaluate.npv", money(npv.value())));
    }

    private void range(RoiRange range, Percentage objective) {
        line(
                "evaluate.range",
                percent(BigDecimal.valueOf(range.p5())),
                percent(BigDecimal.valueOf(range.p95())),
                percent(BigDecimal.valueOf(range.median())));
        line(
                "evaluate.probability",
                percent(objective.value()),
                percent(BigDecimal.valueOf(range.probabilityMeetsObjective() * 100)),
                number(BigDecimal.valueOf(range.iterations()), 0),
                String.valueOf(range.seed()));
        List<RoiRange.Swing> top = range.sensitivity().stream()
                .sorted((a, b) -> Double.compare(b.width(), a.width()))
                .limit(SENSITIVITY_SHOWN)
                .toList();
        if (!top.isEmpty()) {
            line("evaluate.sensitivity");
            for (RoiRange.Swing swing : top) {
                line(
                        "evaluate.sensitivity.input",
                        swing.key(),
                        percent(BigDecimal.valueOf(swing.roiAtLow())),
                        percent(BigDecimal.valueOf(swing.roiAtHigh())));
            }
        }
    }

    private String method(IsolationMethod method) {
        return text("evaluate.method." + camel(method.name()));
    }

    private String reasons(List<Reason> reasons) {
        return reasons.stream().map(this::reason).collect(Collectors.joining("; "));
    }

    /** A reason in the reader's language where the bundles have it, else its code. */
    private String reason(Reason reason) {
        Object[] facts =
                reason.step().facts().stream().map(Fact::value).map(this::fact).toArray();
        return messages.getMessage("evaluate.reason." + reason.code(), facts, reason.code(), locale);
    }

    private String fact(Object value) {
        if (value instanceof Money money) {
            return money(money);
        }
        if (value instanceof BigDecimal decimal) {
            return number(
                    decimal,
                    Math.min(2, Math.max(0, decimal.stripTrailingZeros().scale())));
        }
        if (value instanceof Percentage percentage) {
            return percent(percentage.value());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::fact).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    private String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(numbers);
        format.setCurrency(money.currency());
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(money.amount()).replace('\u00a0', ' ');
    }

    private String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A percentage with two decimals, written as the web pages write it: 75.00% or 75,00 %. */
    private String percent(BigDecimal percentage) {
        String number = number(percentage, 2);
        return dutch(locale) ? number + " %" : number + "%";
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private void line(String key, Object... arguments) {
        out.println(text(key, arguments));
    }

    private static boolean dutch(Locale locale) {
        return locale.getLanguage().equals("nl");
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
