package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.rendement.engine.Participant;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.Observation.SubjectKind;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Numbers;
import nl.rendement.engine.value.Percentage;

/**
 * Times to threshold per cohort, as {@link ThresholdTimes} and {@link PersonTime} define them. A
 * participant's KPI in a period is the sum of their own (person) observations in it; periods
 * before the one containing their start are left out; weights and team observations are not used.
 */
final class ThresholdClock {

    private ThresholdClock() {}

    static SeriesOutcome times(SeriesInput input, int k, Step measureStep) {
        ImpactMeasure measure = input.measure();
        Trail trail = Trail.of(measureStep);
        Percentage share = measure.thresholdShare().orElseThrow();
        if (input.tenuredMedian().isEmpty()) {
            return noSeries(measure, trail, ThresholdSteps.noReference(measure));
        }
        if (share.value().signum() == 0) {
            return noSeries(measure, trail, ThresholdSteps.zeroShare(measure));
        }
        TenuredMedian median = input.tenuredMedian().get();
        BigDecimal threshold = measure.direction() == Direction.HIGHER_IS_BETTER
                ? median.value().multiply(share.fraction())
                : Numbers.divide(median.value(), share.fraction());
        trail = trail.then(ThresholdSteps.threshold(median, share, measure.direction(), threshold));
        List<CohortThreshold> cohorts = new ArrayList<>();
        List<Reason> reasons = new ArrayList<>();
        for (CohortStart start : CohortStart.of(input.participants(), measure.period())) {
            CohortThreshold cohort = cohort(start, input, threshold, k);
            cohorts.add(cohort);
            trail = trail.then(SeriesSteps.cohortStart(start)).then(ThresholdSteps.cohort(cohort));
            if (cohort.medianMonths().isEmpty()) {
                Reason noMedian = ThresholdSteps.noMedian(cohort);
                reasons.add(noMedian);
                trail = trail.then(noMedian.step());
            }
        }
        return new ThresholdTimes(measure.id(), threshold, cohorts, reasons, trail);
    }

    private static CohortThreshold cohort(CohortStart start, SeriesInput input, BigDecimal threshold, int k) {
        Map<String, List<Observation>> byPerson = input.measure().observations().stream()
                .filter(observation -> observation.kind() == SubjectKind.PERSON)
                .collect(Collectors.groupingBy(Observation::subject));
        List<Participant> members = input.participants().stream()
                .filter(participant -> participant.cohort().equals(start.cohort()))
                .sorted(Comparator.comparing(Participant::id))
                .toList();
        List<PersonTime> times = new ArrayList<>();
        for (Participant participant : members) {
            List<Observation> own = byPerson.getOrDefault(participant.id(), List.of());
            time(participant, own, input.measure(), threshold).ifPresent(times::add);
        }
        return CohortThreshold.of(start.cohort(), start.firstStart(), times, members.size() - times.size(), k);
    }

    private static Optional<PersonTime> time(
            Participant participant, List<Observation> own, ImpactMeasure measure, BigDecimal threshold) {
        LocalDate first = Periods.start(measure.period(), participant.start());
        TreeMap<LocalDate, BigDecimal> perPeriod = new TreeMap<>();
        for (Observation observation : own) {
            LocalDate period = Periods.start(measure.period(), observation.periodStart());
            if (!period.isBefore(first)) {
                perPeriod.merge(period, observation.value(), BigDecimal::add);
            }
        }
        if (perPeriod.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<LocalDate, BigDecimal> period : perPeriod.entrySet()) {
            int sign = period.getValue().compareTo(threshold);
            if (measure.direction() == Direction.HIGHER_IS_BETTER ? sign >= 0 : sign <= 0) {
                return Optional.of(
                        new PersonTime(participant.id(), month(participant, period.getKey(), measure), true));
            }
        }
        return Optional.of(new PersonTime(participant.id(), month(participant, perPeriod.lastKey(), measure), false));
    }

    /** The month of tenure of the period's last day: 1 for the calendar month of the start. */
    private static int month(Participant participant, LocalDate periodStart, ImpactMeasure measure) {
        LocalDate last = Periods.end(measure.period(), periodStart);
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(participant.start()), YearMonth.from(last)) + 1;
    }

    private static NoSeries noSeries(ImpactMeasure measure, Trail trail, Reason reason) {
        return new NoSeries(measure.id(), List.of(reason), trail.then(reason.step()));
    }
}
