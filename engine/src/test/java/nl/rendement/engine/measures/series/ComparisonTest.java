package nl.rendement.engine.measures.series;

import static nl.rendement.engine.measures.series.SeriesFixtures.controlGroup;
import static nl.rendement.engine.measures.series.SeriesFixtures.measure;
import static nl.rendement.engine.measures.series.SeriesFixtures.participant;
import static nl.rendement.engine.measures.series.SeriesFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.engine.Participant;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.value.Aggregate.SmallGroup;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    /** Participants p1..p5, eligible non-participants e1..e4, each with one value in January. */
    private static final List<Participant> TRAINED = Stream.of("p1", "p2", "p3", "p4", "p5")
            .map(id -> participant(id, "2024", "2024-02-01"))
            .toList();

    private static final List<Observation> JANUARY = Stream.of("p1", "p2", "p3", "p4", "p5", "e1", "e2", "e3", "e4")
            .map(id -> person(id, "2024-01-01", "10"))
            .toList();

    private static final SubjectGroup ELIGIBLE = SubjectGroup.people(List.of("e1", "e2", "e3", "e4"));

    private static SeriesInput input() {
        return SeriesInput.of(measure(Aggregation.SUM, PeriodLength.MONTH, JANUARY), TRAINED);
    }

    @Test
    void labelsEligibleNonParticipantsUnadjustedNotAnEffect() {
        PeriodSeries series = (PeriodSeries)
                KpiSeries.withDefaults().of(input().withComparison(Optional.empty(), Optional.of(ELIGIBLE)));

        assertThat(series.comparison().orElseThrow().label()).isEqualTo(SeriesLabel.UNADJUSTED);
        assertThat(series.notAnEffect()).isTrue();
        assertThat(series.trail().all("series.comparison.unadjusted").get(0).fact("notAnEffect"))
                .contains(true);
    }

    @Test
    void marksPointsOnFewerThanKAndNotOnK() {
        // k = 5: five participants (n = 5) are shown; four eligible people (n = 4) are marked.
        PeriodSeries series = (PeriodSeries)
                KpiSeries.withDefaults().of(input().withComparison(Optional.empty(), Optional.of(ELIGIBLE)));

        assertThat(series.participants().points().get(0).value().mark()).isEqualTo(SmallGroup.NONE);
        SeriesPoint eligible = series.comparison().orElseThrow().points().get(0);
        assertThat(eligible.n()).isEqualTo(4);
        assertThat(eligible.value().mark()).isEqualTo(SmallGroup.FEWER_THAN_K);
        assertThat(eligible.value().value()).as("computed all the same").isEqualByComparingTo("10");
        assertThat(series.trail().all("series.point").get(1).fact("mark")).contains("FEWER_THAN_K");
    }

    @Test
    void prefersAGivenControlGroupOverEligibleNonParticipants() {
        PeriodSeries series = (PeriodSeries) KpiSeries.withDefaults()
                .of(input().withComparison(Optional.of(controlGroup("e1", "e2")), Optional.of(ELIGIBLE)));

        assertThat(series.comparison().orElseThrow().label()).isEqualTo(SeriesLabel.CONTROL_GROUP);
        assertThat(series.comparison().orElseThrow().points().get(0).n()).isEqualTo(2);
        assertThat(series.notAnEffect()).isFalse();
        assertThat(series.trail().has("series.comparison.unadjusted")).isFalse();
    }

    @Test
    void withoutAComparisonShowsTheParticipantsAloneWithAReason() {
        PeriodSeries series = (PeriodSeries) KpiSeries.withDefaults()
                .of(input().withComparison(Optional.empty(), Optional.of(SubjectGroup.people(List.of()))));

        assertThat(series.comparison()).isEmpty();
        assertThat(series.reasons()).extracting(reason -> reason.code()).containsExactly("series.noComparison");
        assertThat(series.participants().points()).hasSize(1);
        assertThat(series.trail().all("series.ignored").get(0).fact("subjects")).contains(4L);
    }

    @Test
    void keepsASubjectGivenInBothGroupsWithTheParticipants() {
        SubjectGroup eligibleAndP1 = SubjectGroup.people(List.of("e1", "e2", "e3", "e4", "p1"));

        PeriodSeries series = (PeriodSeries)
                KpiSeries.withDefaults().of(input().withComparison(Optional.empty(), Optional.of(eligibleAndP1)));

        assertThat(series.participants().points().get(0).n()).isEqualTo(5);
        assertThat(series.comparison().orElseThrow().points().get(0).n()).isEqualTo(4);
        assertThat(series.comparison().orElseThrow().people()).isEqualTo(4);
        assertThat(series.trail().all("series.comparison.overlap").get(0).fact("people"))
                .contains(1);
    }
}
