package nl.rendement.engine.measures.series;

import static nl.rendement.engine.measures.series.SeriesFixtures.controlGroup;
import static nl.rendement.engine.measures.series.SeriesFixtures.measure;
import static nl.rendement.engine.measures.series.SeriesFixtures.participant;
import static nl.rendement.engine.measures.series.SeriesFixtures.person;
import static nl.rendement.engine.measures.series.SeriesFixtures.timeToThreshold;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.rendement.engine.Participant;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.PeriodLength;
import org.junit.jupiter.api.Test;

class OrderIndependenceTest {

    /** Twelve people (six trained in two cohorts, six control), a weighted value a month for a year. */
    private static List<Observation> observations() {
        List<Observation> all = new ArrayList<>();
        for (int person = 0; person < 12; person++) {
            for (int month = 1; month <= 12; month++) {
                String value = String.valueOf((person * 7 + month * 3) % 11) + "." + person;
                all.add(person("s" + person, "2024-%02d-03".formatted(month), value, String.valueOf(month + person)));
            }
        }
        return all;
    }

    private static List<Participant> participants() {
        return IntStream.range(0, 6)
                .mapToObj(i -> participant("s" + i, i < 3 ? "A" : "B", i < 3 ? "2024-03-0" + (i + 1) : "2024-06-1" + i))
                .toList();
    }

    private static SeriesInput input(ImpactMeasure measure, List<Participant> participants) {
        return SeriesInput.of(measure, participants)
                .withComparison(controlGroup("s6", "s7", "s8", "s9", "s10", "s11"))
                .withTenuredMedian(TenuredMedian.of("8", "tenured staff"));
    }

    @Test
    void givesTheSameSeriesWhateverTheOrderOfItsInputs() {
        for (Aggregation aggregation : List.of(Aggregation.SUM, Aggregation.WEIGHTED_MEAN, Aggregation.RATIO_OF_SUMS)) {
            SeriesOutcome expected = KpiSeries.withDefaults()
                    .of(input(measure(aggregation, PeriodLength.QUARTER, observations()), participants()));
            for (long seed = 1; seed <= 5; seed++) {
                ImpactMeasure shuffled = measure(aggregation, PeriodLength.QUARTER, shuffle(observations(), seed));
                assertThat(KpiSeries.withDefaults().of(input(shuffled, shuffle(participants(), seed))))
                        .as(aggregation + " shuffled with seed " + seed)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void givesTheSameTimesToThresholdWhateverTheOrderOfItsInputs() {
        SeriesOutcome expected = KpiSeries.withDefaults()
                .of(input(
                        timeToThreshold(Direction.HIGHER_IS_BETTER, PeriodLength.MONTH, "90", observations()),
                        participants()));
        assertThat(((ThresholdTimes) expected).cohorts()).hasSize(2);
        for (long seed = 1; seed <= 5; seed++) {
            ImpactMeasure shuffled = timeToThreshold(
                    Direction.HIGHER_IS_BETTER, PeriodLength.MONTH, "90", shuffle(observations(), seed));
            assertThat(KpiSeries.withDefaults().of(input(shuffled, shuffle(participants(), seed))))
                    .isEqualTo(expected);
        }
    }

    private static <T> List<T> shuffle(List<T> items, long seed) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }
}
