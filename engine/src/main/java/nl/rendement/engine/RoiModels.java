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
import nl.rendement.engine.isolation.control.ControlGroupEstimate;
import nl.rendement.engine.isolation.estimate.AdjustedEstimate;
import nl.rendement.engine.isolation.estimate.EstimateResult;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.uncertainty.Distribution;
import nl.rendement.engine.uncertainty.RoiModel;
import nl.rendement.engine.uncertainty.UncertainInput;
import nl.rendement.engine.value.Numbers;
import org.apache.commons.statistics.descriptive.StandardDeviation;

/**
 * Builds the ROI model of METHOD §4.5 from an evaluation and its headlines: for each measure with
 * a credible headline, its improvement (normal for estimates, SE = √n × sd of the included
 * respondents' confidence-adjusted improvements; normal for a control group, SE = Welch SE × the
 * trained with data; fixed for effects isolated outside) and its value (triangular over a
 * published range with its mode at the value used, else fixed). The confidence adjustment is in
 * the adjusted improvements already and is not applied again.
 */
final class RoiModels {

    private final Evaluation evaluation;
    private final Map<String, UncertainInput> inputs = new LinkedHashMap<>();

    private RoiModels(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    static Optional<RoiModel> of(Evaluation evaluation, List<MeasureBenefit> measures, CostOutcome costs) {
        if (!(costs instanceof CostOutcome.Costs loaded)
                || loaded.total().value().amount().signum() <= 0) {
            return Optional.empty();
        }
        RoiModels models = new RoiModels(evaluation);
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
        add(new UncertainInput(improvementKey, UncertainInput.Kind.IMPROVEMENT, id, improvement(measure, method)));
        String valueKey = "value:" + value.technique() + ":" + value.source() + ":"
                + value.valuePerUnit().amount().toPlainString() + " "
                + value.valuePerUnit().currency();
        add(new UncertainInput(valueKey, UncertainInput.Kind.VALUE_PER_UNIT, id, value(value)));
        double factor = measure.measure().period().perYear()
                * value.confidence().map(c -> Numbers.toDouble(c.fraction())).orElse(1.0);
        return new RoiModel.Term(id, Optional.of(improvementKey), Optional.of(valueKey), factor, Optional.empty());
    }

    private Distribution improvement(MeasureEvaluation measure, IsolationMethod method) {
        if (method == IsolationMethod.GIVEN_CONTROL_GROUP) {
            ControlGroupEstimate estimate = (ControlGroupEstimate) Isolators.control(evaluation.settings())
                    .isolate(
                            measure.controlGroup().orElseThrow(),
                            measure.measure().direction());
            double total = estimate.totalImprovement().value();
            double se = estimate.standardError() * estimate.trainedWithData();
            return se > 0 ? new Distribution.Normal(total, se) : new Distribution.Fixed(total);
        }
        EstimateSet set = measure.estimates().stream()
                .filter(candidate -> MeasureCandidates.method(candidate) == method)
                .findFirst()
                .orElseThrow();
        EstimateResult result = Isolators.estimates(evaluation.settings()).isolate(set);
        double[] adjusted = result.estimates().stream()
                .filter(AdjustedEstimate::included)
                .mapToDouble(estimate -> Numbers.toDouble(estimate.counted().value()))
                .toArray();
        double total = Numbers.toDouble(result.groupTotal().value());
        double sd = adjusted.length < 2 ? 0 : StandardDeviation.of(adjusted).getAsDouble();
        return sd > 0 ? new Distribution.Normal(total, Math.sqrt(adjusted.length) * sd) : new Distribution.Fixed(total);
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
