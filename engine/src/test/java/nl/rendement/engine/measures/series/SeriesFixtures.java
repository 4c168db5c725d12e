package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.engine.Participant;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.control.PersonChange;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.Observation.SubjectKind;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.value.Percentage;

/** Small builders for series fixtures; dates as ISO text. */
final class SeriesFixtures {

    private SeriesFixtures() {}

    static Participant participant(String id, String cohort, String start) {
        return new Participant(id, cohort, LocalDate.parse(start), Optional.empty());
    }

    static Observation person(String id, String day, String value) {
        return new Observation(id, SubjectKind.PERSON, LocalDate.parse(day), new BigDecimal(value), Optional.empty());
    }

    static Observation person(String id, String day, String value, String weight) {
        return new Observation(
                id,
                SubjectKind.PERSON,
                LocalDate.parse(day),
                new BigDecimal(value),
                Optional.of(new BigDecimal(weight)));
    }

    static Observation team(String id, String day, String value, String weight) {
        return new Observation(
                id, SubjectKind.TEAM, LocalDate.parse(day), new BigDecimal(value), Optional.of(new BigDecimal(weight)));
    }

    static ImpactMeasure measure(Aggregation aggregation, PeriodLength period, List<Observation> observations) {
        return new ImpactMeasure(
                "kpi", "KPI", "units", Direction.HIGHER_IS_BETTER, aggregation, period, Optional.empty(), observations);
    }

    static ImpactMeasure timeToThreshold(
            Direction direction, PeriodLength period, String share, List<Observation> observations) {
        return new ImpactMeasure(
                "ramp-up",
                "Ramp-up",
                "units",
                direction,
                Aggregation.TIME_TO_THRESHOLD,
                period,
                Optional.of(Percentage.of(share)),
                observations);
    }

    /** A given control group whose control people are these ids; the trained are not used by series. */
    static Comparison.ControlGroup controlGroup(String... control) {
        GivenControlGroup group = new GivenControlGroup(
                "same region, not trained",
                List.of(PersonChange.of("t", 1, 2)),
                Stream.of(control).map(id -> PersonChange.of(id, 1, 1)).toList(),
                false,
                0);
        return Comparison.ControlGroup.of(group, List.of());
    }

    static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
