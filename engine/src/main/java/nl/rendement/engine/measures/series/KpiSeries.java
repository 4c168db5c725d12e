package nl.rendement.engine.measures.series;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;

/**
 * Draws an impact measure's KPI over time (issue 5): per calendar period of the measure's length,
 * the participants' KPI and a comparison group's, each point with the n it rests on, marked when
 * n is 1 to k − 1 (METHOD §1), and the cohorts' starts. How a point is aggregated is in {@link
 * SeriesPoint}: a SUM measure shows the mean per subject of each subject's summed values, so that
 * groups of different sizes compare. Observations of subjects in neither group are ignored and
 * counted. A time-to-threshold measure gives {@link ThresholdTimes} instead. The result does not
 * depend on the order of any input list.
 */
public final class KpiSeries {

    public static final int DEFAULT_K = 5;

    private final int k;

    private KpiSeries(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        this.k = k;
    }

    /** k = 5, the default of METHOD §1. */
    public static KpiSeries withDefaults() {
        return new KpiSeries(DEFAULT_K);
    }

    /** The organisation's anonymity threshold k. */
    public KpiSeries withK(int threshold) {
        return new KpiSeries(threshold);
    }

    public int k() {
        return k;
    }

    public SeriesOutcome of(SeriesInput input) {
        Step measure = SeriesSteps.measure(input.measure(), k);
        if (input.measure().aggregation() == Aggregation.TIME_TO_THRESHOLD) {
            return ThresholdClock.times(input, k, measure);
        }
        return periodSeries(input, measure);
    }

    private PeriodSeries periodSeries(SeriesInput input, Step measureStep) {
        ImpactMeasure measure = input.measure();
        SubjectGroup participants = input.participantGroup();
        List<CohortStart> starts = CohortStart.of(input.participants(), measure.period());
        Trail trail = Trail.of(measureStep);
        for (CohortStart start : starts) {
            trail = trail.then(SeriesSteps.cohortStart(start));
        }
        Series trained = PeriodAggregator.series(
                SeriesLabel.PARTICIPANTS, SeriesSteps.participants(participants), participants, measure, k);
        List<Reason> reasons = new ArrayList<>(trained.reasons());
        trail = trail.then(trained.trail());
        if (input.comparison() instanceof Comparison.None) {
            Reason none = SeriesSteps.noComparison(measure);
            reasons.add(none);
            trail = trail.then(none.step()).then(ignored(measure, participants, new SubjectGroup(Set.of(), Set.of())));
            return new PeriodSeries(measure.id(), trained, Optional.empty(), starts, reasons, trail);
        }
        SubjectGroup given = subjects(input.comparison());
        SubjectGroup compared = given.without(participants);
        Series comparison = comparisonSeries(input.comparison(), compared, measure);
        reasons.addAll(comparison.reasons());
        trail = trail.then(comparison.trail()).then(overlap(given.without(compared)));
        trail = trail.then(ignored(measure, participants, compared));
        return new PeriodSeries(measure.id(), trained, Optional.of(comparison), starts, reasons, trail);
    }

    private static Trail overlap(SubjectGroup both) {
        return both.isEmpty() ? Trail.EMPTY : Trail.of(SeriesSteps.overlap(both));
    }

    private Series comparisonSeries(Comparison comparison, SubjectGroup compared, ImpactMeasure measure) {
        if (comparison instanceof Comparison.ControlGroup control) {
            Step describe = SeriesSteps.controlGroup(control.group().description(), compared);
            return PeriodAggregator.series(SeriesLabel.CONTROL_GROUP, describe, compared, measure, k);
        }
        return PeriodAggregator.series(SeriesLabel.UNADJUSTED, SeriesSteps.unadjusted(compared), compared, measure, k);
    }

    private static SubjectGroup subjects(Comparison comparison) {
        if (comparison instanceof Comparison.ControlGroup control) {
            return control.subjects();
        }
        if (comparison instanceof Comparison.EligibleNonParticipants eligible) {
            return eligible.subjects();
        }
        throw new IllegalStateException("No subjects without a comparison");
    }

    private static Step ignored(ImpactMeasure measure, SubjectGroup participants, SubjectGroup compared) {
        List<Observation> outside = measure.observations().stream()
                .filter(observation -> !participants.contains(observation) && !compared.contains(observation))
                .toList();
        long subjects = outside.stream()
                .map(observation -> observation.kind() + " " + observation.subject())
                .distinct()
                .count();
        return SeriesSteps.ignored(outside.size(), subjects);
    }
}
