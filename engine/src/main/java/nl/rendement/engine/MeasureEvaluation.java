package nl.rendement.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.measures.ImpactMeasure;

/**
 * One impact measure with what isolates the programme's effect on it (estimate sets, a given
 * control group, effects isolated outside Rendement; METHOD §3 wave 1) and the value of one of
 * its units. A measure without a value cannot add money: convert it or list it as an intangible.
 */
public record MeasureEvaluation(
        ImpactMeasure measure,
        List<EstimateSet> estimates,
        Optional<GivenControlGroup> controlGroup,
        List<IsolatedOutside> outside,
        Optional<ConversionValue> value) {

    public MeasureEvaluation {
        Objects.requireNonNull(measure, "measure");
        estimates = List.copyOf(estimates);
        Objects.requireNonNull(controlGroup, "controlGroup");
        outside = List.copyOf(outside);
        Objects.requireNonNull(value, "value");
        if (estimates.stream().map(EstimateSet::source).distinct().count() != estimates.size()) {
            throw new IllegalArgumentException("One estimate set per source for measure " + measure.id());
        }
    }

    public static MeasureEvaluation of(ImpactMeasure measure, ConversionValue value) {
        return new MeasureEvaluation(measure, List.of(), Optional.empty(), List.of(), Optional.of(value));
    }

    public MeasureEvaluation with(EstimateSet set) {
        return new MeasureEvaluation(measure, concat(estimates, set), controlGroup, outside, value);
    }

    public MeasureEvaluation with(GivenControlGroup group) {
        return new MeasureEvaluation(measure, estimates, Optional.of(group), outside, value);
    }

    public MeasureEvaluation with(IsolatedOutside effect) {
        return new MeasureEvaluation(measure, estimates, controlGroup, concat(outside, effect), value);
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item))
                .toList();
    }
}
