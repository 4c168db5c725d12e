package nl.rendement.engine.measures.series;

import static nl.rendement.engine.measures.series.SeriesFixtures.participant;
import static nl.rendement.engine.measures.series.SeriesFixtures.person;
import static nl.rendement.engine.measures.series.SeriesFixtures.timeToThreshold;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.value.Aggregate.SmallGroup;
import org.junit.jupiter.api.Test;

class TimeToThresholdTest {

    /**
     * Monthly sales; threshold 80% of the tenured median 100 = 80. Cohort Jan: a (start 15 Jan)
     * 50, 70, 85 reaches it in month 3; b 90 in month 1; c 30, 40, 60, 70 never (censored at month
     * 4); d 60, 80 in month 2 (its December value of 100 is before its start and left out); e has
     * no data. Cohort Mar: f 81 in month 1.
     */
    private static final SeriesInput ONBOARDING = SeriesInput.of(
                    timeToThreshold(
                            Direction.HIGHER_IS_BETTER,
                            PeriodLength.MONTH,
                            "80",
                            List.of(
                                    person("a", "2024-01-01", "50"),
                                    person("a", "2024-02-01", "70"),
                                    person("a", "2024-03-01", "85"),
                                    person("b", "2024-01-01", "90"),
                                    person("c", "2024-01-01", "30"),
                                    person("c", "2024-02-01", "40"),
                                    person("c", "2024-03-01", "60"),
                                    person("c", "2024-04-01", "70"),
                                    person("d", "2023-12-01", "100"),
                                    person("d", "2024-01-01", "60"),
                                    person("d", "2024-02-01", "80"),
                                    person("f", "2024-03-01", "81"))),
                    List.of(
                            participant("a", "Jan", "2024-01-15"),
                            participant("b", "Jan", "2024-01-08"),
                            participant("c", "Jan", "2024-01-22"),
                            participant("d", "Jan", "2024-01-03"),
                            participant("e", "Jan", "2024-01-10"),
                            participant("f", "Mar", "2024-03-04")))
            .withTenuredMedian(TenuredMedian.of("100", "median monthly sales, staff with 2+ years, 2023"));

    @Test
    void countsMonthsOfTenureUntilTheThresholdWithTheCensored() {
        ThresholdTimes times = (ThresholdTimes) KpiSeries.withDefaults().of(ONBOARDING);

        assertThat(times.threshold()).isEqualByComparingTo("80");
        CohortThreshold january = times.cohorts().get(0);
        assertThat(january.cohort()).isEqualTo("Jan");
        assertThat(january.firstStart()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(january.persons())
                .containsExactly(
                        new PersonTime("a", 3, true),
                        new PersonTime("b", 1, true),
                        new PersonTime("c", 4, false),
                        new PersonTime("d", 2, true));
        assertThat(january.people()).isEqualTo(4);
        assertThat(january.withoutData()).isEqualTo(1);
        assertThat(january.reached()).isEqualTo(3);
        assertThat(january.censored().value()).isEqualTo(1);
        assertThat(january.censored().mark()).isEqualTo(SmallGroup.FEWER_THAN_K);
    }

    @Test
    void takesTheKaplanMeierMedianAsRDoes() {
        // R 4, survival 3.5.3: survfit(Surv(c(3, 1, 4, 2), c(1, 1, 0, 1)) ~ 1) prints median 2.5:
        // S(1) = 3/4, S(2) = 3/4 x 2/3 = 1/2 exactly, so the midpoint of 2 and the next event, 3.
        // The median of those who reached it (1, 2, 3) would be 2; tolerance: exact.
        ThresholdTimes times = (ThresholdTimes) KpiSeries.withDefaults().of(ONBOARDING);

        assertThat(times.cohorts().get(0).medianMonths().orElseThrow().value()).isEqualByComparingTo("2.5");
        assertThat(times.cohorts().get(0).medianMonths().orElseThrow().n()).isEqualTo(4);
        CohortThreshold march = times.cohorts().get(1);
        assertThat(march.medianMonths().orElseThrow().value()).isEqualByComparingTo("1");
        assertThat(march.censored().mark())
                .as("0 censored of 1: the complement is small")
                .isEqualTo(SmallGroup.COMPLEMENT_BELOW_K);
        assertThat(times.trail().all("series.threshold.cohort").get(0).fact("medianMonths"))
                .hasValueSatisfying(median -> assertThat(median).isEqualTo(new java.math.BigDecimal("2.5")));
    }

    /**
     * Handling time in minutes, lower is better, quarterly: tenured median 10, share 80% gives the
     * threshold 10 / 0.8 = 12.5. g (start 10 Feb) 15 in Q1, 12.5 in Q2: reached in the quarter
     * ending 30 June, month 5 of tenure (February .. June). h 14, 13: censored at month 5. R:
     * survfit(Surv(c(5, 5), c(1, 0)) ~ 1) prints median 5 (S(5) = 1/2, no later event).
     */
    @Test
    void turnsTheThresholdWhenLowerIsBetter() {
        SeriesInput input = SeriesInput.of(
                        timeToThreshold(
                                Direction.LOWER_IS_BETTER,
                                PeriodLength.QUARTER,
                                "80",
                                List.of(
                                        person("g", "2024-01-01", "15"),
                                        person("g", "2024-04-01", "12.5"),
                                        person("h", "2024-01-01", "14"),
                                        person("h", "2024-04-01", "13"))),
                        List.of(participant("g", "Q1", "2024-02-10"), participant("h", "Q1", "2024-02-20")))
                .withTenuredMedian(TenuredMedian.of("10", "median handling time, tenured agents"));

        ThresholdTimes times = (ThresholdTimes) KpiSeries.withDefaults().of(input);

        assertThat(times.threshold()).isEqualByComparingTo("12.5");
        assertThat(times.cohorts().get(0).persons())
                .containsExactly(new PersonTime("g", 5, true), new PersonTime("h", 5, false));
        assertThat(times.cohorts().get(0).medianMonths().orElseThrow().value()).isEqualByComparingTo("5");
    }

    @Test
    void givesNoMedianWhenFewerThanHalfReachIt() {
        SeriesInput input = SeriesInput.of(
                        timeToThreshold(
                                Direction.HIGHER_IS_BETTER,
                                PeriodLength.MONTH,
                                "80",
                                List.of(person("a", "2024-01-01", "10"))),
                        List.of(participant("a", "Jan", "2024-01-15")))
                .withTenuredMedian(TenuredMedian.of("100", "tenured staff"));

        ThresholdTimes times = (ThresholdTimes) KpiSeries.withDefaults().of(input);

        assertThat(times.cohorts().get(0).medianMonths()).isEmpty();
        assertThat(times.reasons()).extracting(reason -> reason.code()).containsExactly("series.threshold.noMedian");
    }

    @Test
    void needsATenuredMedianAndAShareAboveZero() {
        SeriesInput withoutReference = SeriesInput.of(
                timeToThreshold(Direction.HIGHER_IS_BETTER, PeriodLength.MONTH, "80", List.of()), List.of());
        SeriesInput zeroShare = SeriesInput.of(
                        timeToThreshold(Direction.HIGHER_IS_BETTER, PeriodLength.MONTH, "0", List.of()), List.of())
                .withTenuredMedian(TenuredMedian.of("100", "tenured staff"));

        assertThat(KpiSeries.withDefaults().of(withoutReference).reasons())
                .extracting(reason -> reason.code())
                .containsExactly("series.threshold.noReference");
        assertThat(KpiSeries.withDefaults().of(zeroShare))
                .isInstanceOf(NoSeries.class)
                .extracting(outcome -> outcome.reasons().get(0).code())
                .isEqualTo("series.threshold.zeroShare");
    }
}
