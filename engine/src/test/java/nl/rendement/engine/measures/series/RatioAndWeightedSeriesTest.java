package nl.rendement.engine.measures.series;

import static nl.rendement.engine.measures.series.SeriesFixtures.measure;
import static nl.rendement.engine.measures.series.SeriesFixtures.participant;
import static nl.rendement.engine.measures.series.SeriesFixtures.person;
import static nl.rendement.engine.measures.series.SeriesFixtures.team;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.PeriodLength;
import org.junit.jupiter.api.Test;

class RatioAndWeightedSeriesTest {

    private static final List<nl.rendement.engine.Participant> TRAINED = List.of(
            participant("a", "Q1", "2024-01-08"),
            participant("b", "Q1", "2024-01-08"),
            participant("c", "Q1", "2024-01-08"));

    /**
     * Absence % in March (value = days absent, weight = days scheduled): a 2 of 20, b 1 of 2 (a
     * part-timer with a short month), c 0 of 18. Ratio of sums: (2 + 1 + 0) / (20 + 2 + 18) = 3 / 40
     * = 0.075, i.e. 7.5%. The mean of ratios would be (0.1 + 0.5 + 0) / 3 = 0.2, i.e. 20%.
     */
    @Test
    void absenceIsTheRatioOfSumsNeverTheMeanOfRatios() {
        SeriesInput input = SeriesInput.of(
                measure(
                        Aggregation.RATIO_OF_SUMS,
                        PeriodLength.MONTH,
                        List.of(
                                person("a", "2024-03-01", "2", "20"),
                                person("b", "2024-03-01", "1", "2"),
                                person("c", "2024-03-01", "0", "18"))),
                TRAINED);

        SeriesPoint march = ((PeriodSeries) KpiSeries.withDefaults().of(input))
                .participants()
                .points()
                .get(0);

        assertThat(march.value().value()).isEqualByComparingTo("0.075");
        assertThat(march.value().value()).isNotEqualByComparingTo("0.2");
        assertThat(march.numerator()).isEqualByComparingTo("3");
        assertThat(march.denominator()).isEqualByComparingTo("40");
        assertThat(march.n()).isEqualTo(3);
    }

    /**
     * Satisfaction per quarter, weighted by responses, for the participants' teams T1 (4.0 on 10
     * responses) and T2 (3.0 on 30): (4.0 × 10 + 3.0 × 30) / (10 + 30) = 130 / 40 = 3.25, not the
     * unweighted 3.5. The eligible team T3 (4.5 on 20) is the unadjusted comparison: 90 / 20 = 4.5.
     */
    @Test
    void weightedMeanWeighsEachObservationAndCountsTeamsAsSubjects() {
        SeriesInput input = SeriesInput.of(
                        measure(
                                Aggregation.WEIGHTED_MEAN,
                                PeriodLength.QUARTER,
                                List.of(
                                        team("T1", "2024-04-01", "4.0", "10"),
                                        team("T2", "2024-05-01", "3.0", "30"),
                                        team("T3", "2024-04-01", "4.5", "20"))),
                        TRAINED)
                .withParticipantTeams(Set.of("T1", "T2"))
                .withComparison(Optional.empty(), Optional.of(SubjectGroup.of(List.of(), List.of("T3"))));

        PeriodSeries series = (PeriodSeries) KpiSeries.withDefaults().of(input);

        SeriesPoint secondQuarter = series.participants().points().get(0);
        assertThat(secondQuarter.value().value()).isEqualByComparingTo("3.25");
        assertThat(secondQuarter.numerator()).isEqualByComparingTo("130");
        assertThat(secondQuarter.n()).isEqualTo(2);
        assertThat(series.comparison().orElseThrow().points().get(0).value().value())
                .isEqualByComparingTo("4.5");
        assertThat(series.comparison().orElseThrow().label()).isEqualTo(SeriesLabel.UNADJUSTED);
    }

    @Test
    void leavesOutAPeriodWhoseWeightsSumToZeroWithAReason() {
        SeriesInput input = SeriesInput.of(
                measure(
                        Aggregation.RATIO_OF_SUMS,
                        PeriodLength.MONTH,
                        List.of(person("a", "2024-03-01", "0", "0"), person("a", "2024-04-01", "1", "20"))),
                TRAINED);

        PeriodSeries series = (PeriodSeries) KpiSeries.withDefaults().of(input);

        assertThat(series.participants().points()).hasSize(1);
        assertThat(series.reasons()).extracting(reason -> reason.code()).contains("series.point.undefined");
    }

    @Test
    void rejectsAWeightedMeasureWithoutWeights() {
        SeriesInput input = SeriesInput.of(
                measure(Aggregation.WEIGHTED_MEAN, PeriodLength.MONTH, List.of(person("a", "2024-03-01", "4"))),
                TRAINED);

        assertThatThrownBy(() -> KpiSeries.withDefaults().of(input))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a weight");
    }
}
