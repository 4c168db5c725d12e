package nl.rendement.engine;

import static nl.rendement.engine.EvaluationFixtures.START;
import static nl.rendement.engine.EvaluationFixtures.deliveryOnly;
import static nl.rendement.engine.EvaluationFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.measures.series.PeriodSeries;
import nl.rendement.engine.measures.series.SeriesLabel;
import nl.rendement.engine.measures.series.SubjectGroup;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.value.Horizon;
import org.junit.jupiter.api.Test;

/** The evaluation result carries each observed measure's KPI series beside its comparison. */
class ResultSeriesTest {

    @Test
    void carriesTheSeriesOfAnObservedMeasureWithItsUnadjustedComparisonLabelled() {
        // Participants P01..P05 sell 10 in March; eligible non-participants E1..E5 sell 8: the
        // participants' point is 50 / 5 = 10, the comparison's 40 / 5 = 8, each on 5 people.
        List<Observation> observations = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            observations.add(sale(String.format("P%02d", i), "10"));
            observations.add(sale("E" + i, "8"));
        }
        ImpactMeasure sales = new ImpactMeasure(
                "sales",
                "Sales",
                "EUR",
                Direction.HIGHER_IS_BETTER,
                Aggregation.SUM,
                PeriodLength.MONTH,
                Optional.empty(),
                observations);
        MeasureEvaluation measure = MeasureEvaluation.of(
                        sales, ConversionValue.of(Technique.OUTPUT_AS_CONTRIBUTION, euros("0.2"), "Finance", 2025))
                .withEligibleNonParticipants(SubjectGroup.people(List.of("E1", "E2", "E3", "E4", "E5")));

        EvaluationResult result = new Evaluator(MonteCarlo.withDefaults().withIterations(200))
                .evaluate(new Evaluation(
                        "Sales",
                        EvaluationFixtures.SETTINGS,
                        EvaluationFixtures.participants(5),
                        List.of(measure),
                        deliveryOnly("1000"),
                        ExchangeRates.NONE,
                        List.of(),
                        Horizon.ONE_YEAR));

        PeriodSeries series = (PeriodSeries) result.series().get("sales");
        assertThat(series.participants().points())
                .singleElement()
                .satisfies(point -> assertThat(point.value().value()).isEqualByComparingTo(BigDecimal.TEN));
        assertThat(series.comparison().orElseThrow().label()).isEqualTo(SeriesLabel.UNADJUSTED);
        assertThat(series.comparison().orElseThrow().points())
                .singleElement()
                .satisfies(point -> assertThat(point.value().value()).isEqualByComparingTo("8"));
        assertThat(series.notAnEffect()).isTrue();
        assertThat(result.notes()).extracting(reason -> reason.code()).contains("evaluation.lowerLevelMissing");
    }

    private static Observation sale(String subject, String value) {
        return new Observation(subject, Observation.SubjectKind.PERSON, START, new BigDecimal(value), Optional.empty());
    }
}
