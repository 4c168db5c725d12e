package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;

/**
 * Aggregates a group's observations per calendar period as {@link SeriesPoint} describes. Sums of
 * {@code BigDecimal}s are exact and the one division comes last, so the input order cannot
 * change a point.
 */
final class PeriodAggregator {

    private PeriodAggregator() {}

    static Series series(SeriesLabel label, Step describe, SubjectGroup group, ImpactMeasure measure, int k) {
        Map<LocalDate, List<Observation>> byPeriod = new TreeMap<>();
        for (Observation observation : measure.observations()) {
            if (group.contains(observation)) {
                byPeriod.computeIfAbsent(
                                Periods.start(measure.period(), observation.periodStart()), day -> new ArrayList<>())
                        .add(observation);
            }
        }
        List<SeriesPoint> points = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        Trail trail = Trail.of(describe);
        for (Map.Entry<LocalDate, List<Observation>> period : byPeriod.entrySet()) {
            int n = subjects(period.getValue());
            BigDecimal numerator = numerator(measure, period.getValue());
            BigDecimal denominator = denominator(measure, period.getValue(), n);
            if (denominator.signum() == 0) {
                Reason undefined = SeriesSteps.undefinedPoint(label, period.getKey(), n, numerator);
                reasons.add(undefined);
                trail = trail.then(undefined.step());
                continue;
            }
            Aggregate<BigDecimal> value = Aggregate.of(Numbers.divide(numerator, denominator), n, k);
            SeriesPoint point = new SeriesPoint(period.getKey(), value, numerator, denominator);
            points.add(point);
            trail = trail.then(SeriesSteps.point(label, point));
        }
        return new Series(label, group.people().size(), group.teams().size(), points, reasons, trail);
    }

    private static int subjects(List<Observation> observations) {
        Set<String> subjects = new HashSet<>();
        observations.forEach(observation -> subjects.add(observation.kind() + " " + observation.subject()));
        return subjects.size();
    }

    private static BigDecimal numerator(ImpactMeasure measure, List<Observation> observations) {
        return switch (measure.aggregation()) {
            case SUM, RATIO_OF_SUMS ->
                sum(observations.stream().map(Observation::value).toList());
            case WEIGHTED_MEAN ->
                sum(observations.stream()
                        .map(observation -> weight(measure, observation).multiply(observation.value()))
                        .toList());
            case TIME_TO_THRESHOLD -> throw new IllegalStateException("Time to threshold is not a per-period series");
        };
    }

    private static BigDecimal denominator(ImpactMeasure measure, List<Observation> observations, int subjects) {
        return switch (measure.aggregation()) {
            case SUM -> BigDecimal.valueOf(subjects);
            case WEIGHTED_MEAN, RATIO_OF_SUMS ->
                sum(observations.stream()
                        .map(observation -> weight(measure, observation))
                        .toList());
            case TIME_TO_THRESHOLD -> throw new IllegalStateException("Time to threshold is not a per-period series");
        };
    }

    private static BigDecimal weight(ImpactMeasure measure, Observation observation) {
        return observation
                .weight()
                .orElseThrow(() -> new IllegalArgumentException("Measure " + measure.id() + " aggregates by "
                        + measure.aggregation() + " and needs a weight: " + observation.subject() + " "
                        + observation.periodStart()));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
