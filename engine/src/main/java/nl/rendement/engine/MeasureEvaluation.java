package nl.rendement.engine;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.series.SubjectGroup;
import nl.rendement.engine.measures.series.TenuredMedian;

/**
 * One impact measure with what isolates the programme's effect on it (estimate sets, a given
 * control group, effects isolated outside Rendement; METHOD §3 wave 1) and the value of one of
 * its units, and for its KPI series the eligible non-participants (when there is no control group)
 * and the tenured median (for time to threshold). A measure without a value cannot add money:
 * convert it or list it as an intangible.
 */
public record MeasureEvaluation(
        ImpactMeasure measure,
        List<EstimateSet> estimates,
        Optional<GivenControlGroup> controlGroup,
        List<IsolatedOutside> outside,
        Optional<ConversionValue> value,
        Optional<SubjectGroup> eligibleNonParticipants,
        Optional<TenuredMedian> tenuredMedian) {

    public MeasureEvaluation {
        Objects.requireNonNull(measure, "measure");
        estimates = List.copyOf(estimates);
        Objects.requireNonNull(controlGroup, "controlGroup");
        outside = List.copyOf(outside);
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(eligibleNonParticipants, "eligibleNonParticipants");
        Objects.requireNonNull(tenuredMedian, "tenuredMedian");
        if (estimates.stream().map(EstimateSet::source).distinct().count() != estimates.size()) {
            throw new IllegalArgumentException("One estimate set per source for measure " + measure.id());
        }
    }

    /** Without eligible non-participants or a tenured median (for the KPI series). */
    public MeasureEvaluation(
            ImpactMeasure measure,
            List<EstimateSet> estimates,
            Optional<GivenControlGroup> controlGroup,
            List<IsolatedOutside> outside,
            Optional<ConversionValue> value) {
        this(measure, estimates, controlGroup, outside, value, Optional.empty(), Optional.empty());
    }

    public static MeasureEvaluation of(ImpactMeasure measure, ConversionValue value) {
        return new MeasureEvaluation(measure, List.of(), Optional.empty(), List.of(), Optional.of(value));
    }

    /** The KPI series' comparison when there is no given control group: eligible non-participants (unadjusted). */
    public MeasureEvaluation withEligibleNonParticipants(SubjectGroup eligible) {
        return new MeasureEvaluation(
                measure, estimates, controlGroup, outside, value, Optional.of(eligible), tenuredMedian);
    }

    public MeasureEvaluation withTenuredMedian(TenuredMedian median) {
        return new MeasureEvaluation(
                measure, estimates, controlGroup, outside, value, eligibleNonParticipants, Optional.of(median));
    }

    public MeasureEvaluation with(EstimateSet set) {
        return new MeasureEvaluation(measure, concat(estimates, set), controlGroup, outside, value);
    }

    public MeasureEvaluation with(GivenControlGroup group) {
        return new MeasureEvaluation(
                measure, estimates, Optional.of(group), outside, value, eligibleNonParticipants, tenuredMedian);
    }

    public MeasureEvaluation with(IsolatedOutside effect) {
        return new MeasureEvaluation(
                measure,
                estimates,
                controlGroup,
                concat(outside, effect),
                value,
                eligibleNonParticipants,
                tenuredMedian);
    }

    private static <T> List<T> concat(List<T> list, T item) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item))
                .toList();
    }
}
