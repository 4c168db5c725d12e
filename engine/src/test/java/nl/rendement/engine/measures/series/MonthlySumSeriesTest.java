package nl.rendement.engine.measures.series;

import static nl.rendement.engine.measures.series.SeriesFixtures.controlGroup;
import static nl.rendement.engine.measures.series.SeriesFixtures.decimal;
import static nl.rendement.engine.measures.series.SeriesFixtures.measure;
import static nl.rendement.engine.measures.series.SeriesFixtures.participant;
import static nl.rendement.engine.measures.series.SeriesFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.value.Aggregate.SmallGroup;
import org.junit.jupiter.api.Test;

class MonthlySumSeriesTest {

    /**
     * Monthly sales. Participants p1, p2 (cohort 2024-A, starts 12 and 5 February) and p3 (2024-B,
     * 18 March); control people c1, c2; x9 is in neither group. Hand calculation, k = 2:
     * January: participants 10 + 20 + 30 = 60 over 3 = 20; control 12 + 18 = 30 over 2 = 15.
     * February: p1 5 + 7 = 12 (two observations, one subject), p2 24: 36 over 2 = 18; control c1
     * 14 over 1 = 14, marked (1 < k).
     */
    private static final SeriesInput INPUT = SeriesInput.of(
                    measure(
                            Aggregation.SUM,
                            PeriodLength.MONTH,
                            List.of(
                                    person("p1", "2024-01-01", "10"),
                                    person("p2", "2024-01-01", "20"),
                                    person("p3", "2024-01-01", "30"),
                                    person("c1", "2024-01-01", "12"),
                                    person("c2", "2024-01-01", "18"),
                                    person("p1", "2024-02-01", "5"),
                                    person("p1", "2024-02-15", "7"),
                                    person("p2", "2024-02-01", "24"),
                                    person("c1", "2024-02-01", "14"),
                                    person("x9", "2024-02-01", "1000"))),
                    List.of(
                            participant("p1", "2024-A", "2024-02-12"),
                            participant("p2", "2024-A", "2024-02-05"),
                            participant("p3", "2024-B", "2024-03-18")))
            .withComparison(controlGroup("c1", "c2"));

    private final PeriodSeries series =
            (PeriodSeries) KpiSeries.withDefaults().withK(2).of(INPUT);

    @Test
    void showsTheMeanPerParticipantOfEachOnesMonthlySum() {
        assertThat(series.participants().label()).isEqualTo(SeriesLabel.PARTICIPANTS);
        assertThat(series.participants().points())
                .extracting(SeriesPoint::periodStart, point -> point.value().value(), SeriesPoint::n)
                .containsExactly(
                        tuple(LocalDate.of(2024, 1, 1), decimal("20"), 3),
                        tuple(LocalDate.of(2024, 2, 1), decimal("18"), 2));
        assertThat(series.participants().points().get(1).numerator()).isEqualByComparingTo("36");
        assertThat(series.participants().points().get(1).denominator()).isEqualByComparingTo("2");
    }

    @Test
    void showsTheControlGroupBesideItAndMarksAPointOnOnePerson() {
        Series control = series.comparison().orElseThrow();
        assertThat(control.label()).isEqualTo(SeriesLabel.CONTROL_GROUP);
        assertThat(series.notAnEffect()).isFalse();
        assertThat(control.points())
                .extracting(
                        point -> point.value().value(),
                        SeriesPoint::n,
                        point -> point.value().mark())
                .containsExactly(
                        tuple(decimal("15"), 2, SmallGroup.NONE), tuple(decimal("14"), 1, SmallGroup.FEWER_THAN_K));
        assertThat(series.trail().all("series.comparison.controlGroup").get(0).fact("description"))
                .contains("same region, not trained");
    }

    @Test
    void marksEachCohortsFirstStart() {
        assertThat(series.cohortStarts())
                .containsExactly(
                        new CohortStart("2024-A", LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 1), 2),
                        new CohortStart("2024-B", LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 1), 1));
        assertThat(series.trail().all("series.cohortStart")).hasSize(2);
    }

    @Test
    void ignoresObservationsOfSubjectsInNeitherGroup() {
        var ignored = series.trail().all("series.ignored").get(0);
        assertThat(ignored.fact("observations")).contains(1L);
        assertThat(ignored.fact("subjects")).contains(1L);
        assertThat(series.reasons()).isEmpty();
    }

    @Test
    void recordsEachPointInTheTrail() {
        assertThat(series.trail().all("series.point")).hasSize(4);
        assertThat(series.trail().all("series.point").get(0).fact("numerator")).contains(decimal("60"));
    }

    @Test
    void alignsPeriodsToCalendarStarts() {
        LocalDate wednesday = LocalDate.of(2024, 5, 15);
        assertThat(Periods.start(PeriodLength.WEEK, wednesday)).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(Periods.start(PeriodLength.QUARTER, wednesday)).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(Periods.end(PeriodLength.QUARTER, wednesday)).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Periods.start(PeriodLength.YEAR, wednesday)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Periods.start(PeriodLength.DAY, wednesday)).isEqualTo(wednesday);
    }
}
