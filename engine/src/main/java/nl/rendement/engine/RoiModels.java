package nl.rendement.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.uncertainty.Distribution;
import nl.rendement.engine.uncertainty.RoiModel;
import nl.rendement.engine.uncertainty.UncertainInput;
import nl.rendement.engine.value.Numbers;

/**
 * Builds the ROI model of METHOD §4.5 from an evaluation and its headlines: for each measure with
 * a credible headline, its improvement with the spread recorded when it was isolated ({@link
 * Spreads}; an effect isolated outside is a fixed benefit) and its value (triangular over a
 * published range with its mode at the value used, else fixed).
 */
final class RoiModels {

    private final Evaluation evaluation;
    private final MeasureCandidates candidates;
    private final Map<String, UncertainInput> inputs = new LinkedHashMap<>();

    private RoiModels(Evaluation evaluation, MeasureCandidates candidates) {
        this.evaluation = evaluation;
        this.candidates = candidates;
    }

    /** The model over the headlines, with the spreads the candidates recorded when isolating them. */
    static Optional<RoiModel> of(
            Evaluation evaluation, MeasureCandidates candidates, List<MeasureBenefit> measures, CostOutcome costs) {
        if (!(costs instanceof CostOutcome.Costs loaded)
                || loaded.total().value().amount().signum() <= 0) {
            return Optional.empty();
        }
        RoiModels models = new RoiModels(evaluation, candidates);
        List<RoiModel.Term> terms = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            MeasureBenefit benefit = measures.get(i);
            MeasureEvaluation measure = evaluation.measures().get(i);
            benefit.headline().ifPresent(headline -> terms.add(models.term(measure, headline.method(), benefit)));
        }
        return Optional.of(new RoiModel(
                List.copyOf(models.inputs.values()),
                terms,
                Numbers.toDouble(evaluation.horizon().years()),
                Numbers.toDouble(loaded.total().value().amount())));
    }

    private RoiModel.Term term(MeasureEvaluation measure, IsolationMethod method, MeasureBenefit benefit) {
        String id = measure.measure().id();
        if (method == IsolationMethod.ISOLATED_OUTSIDE) {
            // An effect isolated outside comes without a range: its benefit is fixed and listed as such.
            String key = "benefit:" + id;
            add(new UncertainInput(
                    key,
                    UncertainInput.Kind.BENEFIT_PER_YEAR,
                    id,
                    new Distribution.Fixed(
                            Numbers.toDouble(benefit.annualBenefit().value().amount()))));
            return new RoiModel.Term(id, Optional.empty(), Optional.empty(), 1, Optional.of(key));
        }
        ConversionValue value = measure.value().orElseThrow();
        String improvementKey = "improvement:" + id + ":" + method.name();
        add(new UncertainInput(improvementKey, UncertainInput.Kind.IMPROVEMENT, id, candidates.spread(id, method)));
        String valueKey = "value:" + value.technique() + ":" + value.source() + ":"
                + value.valuePerUnit().amount().toPlainString() + " "
                + value.valuePerUnit().currency();
        add(new UncertainInput(valueKey, UncertainInput.Kind.VALUE_PER_UNIT, id, value(value)));
        double factor = measure.measure().period().perYear()
                * value.confidence().map(c -> Numbers.toDouble(c.fraction())).orElse(1.0);
        return new RoiModel.Term(id, Optional.of(improvementKey), Optional.of(valueKey), factor, Optional.empty());
    }

    private Distribution value(ConversionValue value) {
        double used = perUnit(value.valuePerUnit());
        return value.range()
                .filter(range -> range.high().minus(range.low()).amount().signum() > 0)
                .<Distribution>map(
                        range -> new Distribution.Triangular(perUnit(range.low()), used, perUnit(range.high())))
                .orElseGet(() -> new Distribution.Fixed(used));
    }

    private double perUnit(Money amount) {
        return Numbers.toDouble(evaluation
                .rates()
                .convert(amount, evaluation.settings().reportingCurrency())
                .orElseThrow()
                .amount()
                .amount());
    }

    private void add(UncertainInput input) {
        inputs.putIfAbsent(input.key(), input);
    }
}
