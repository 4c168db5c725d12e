package nl.rendement.engine;

import static nl.rendement.engine.EvaluationFixtures.deliveryOnly;
import static nl.rendement.engine.EvaluationFixtures.euros;
import static nl.rendement.engine.EvaluationFixtures.evaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.ShippedDefaults;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.isolation.estimate.Estimate;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.uncertainty.RoiRange;
import nl.rendement.engine.uncertainty.UncertainInput;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/** The ROI range and sensitivity of whole evaluations, against hand calculations. */
class UncertaintyTest {

    private static final double Z95 = 1.6448536269514722;
    private final Evaluator evaluator = new Evaluator(MonteCarlo.withDefaults().withIterations(40_000));

    /**
     * Ten participants estimate 1, 2, ..., 10 extra deals a month, all attributed and certain:
     * total 55, SD of the adjusted improvements 3.0277, so SE = sqrt(10) x 3.0277 = 9.5743 deals a
     * month. At 100 a deal: benefits 55 x 12 x 100 = 66,000 a year, SE 9.5743 x 1,200 = 11,489.13.
     * On costs of 40,000: ROI normal, mean 65%, SD 11,489.13 / 40,000 x 100 = 28.7228%; 5th and
     * 95th percentiles 65 -/+ 1.6449 x 28.7228 = 17.755% and 112.245%; P(ROI >= 25%) = 0.9181.
     * Monte Carlo SE of the 5th percentile with 40,000 draws: 0.303; tolerance 1.3.
     */
    @Test
    void anEstimateOnlyEvaluationHasTheRangeOfItsHandCalculation() {
        RoiRange range = evaluator
                .evaluate(evaluation(List.of(deals()), deliveryOnly("40000"), Horizon.ONE_YEAR))
                .range()
                .orElseThrow();

        assertThat(range.p5()).isCloseTo(65 - Z95 * 28.722813, within(1.3));
        assertThat(range.p95()).isCloseTo(65 + Z95 * 28.722813, within(1.3));
        assertThat(range.probabilityMeetsObjective()).isCloseTo(0.9181328, within(0.006));
        assertThat(range.varied())
                .singleElement()
                .satisfies(input -> assertThat(input.kind()).isEqualTo(UncertainInput.Kind.IMPROVEMENT));
    }

    /**
     * Deals as above, and leavers: one manager estimate of 2.5 fewer a year x 100% x 80% = 2 (one
     * estimate has no spread: fixed), each valued at a professional's turnover cost, 75% of 50,000
     * = 37,500 in the range 37,500-62,500 (triangular, mode at the low end). Costs 100,000:
     * headline (66,000 + 75,000 - 100,000) / 100,000 = 41%. One at a time: the turnover value from
     * 37,500 to 62,500 moves the ROI by 2 x 25,000 / 100,000 = 50 points; the deals from their 5th
     * to 95th percentile by 2 x 1.6449 x 11,489.13 / 100,000 = 37.80 points. The value ranks first.
     */
    @Test
    void theDominantInputRanksFirstInTheSensitivity() {
        MeasureEvaluation leavers = MeasureEvaluation.of(
                        ImpactMeasure.of("leavers", "Leavers", "people", Direction.LOWER_IS_BETTER, PeriodLength.YEAR),
                        ShippedDefaults.TURNOVER_COST.get(2).valueFor(euros("50000")))
                .with(new EstimateSet(
                        EstimateSource.MANAGER,
                        1,
                        List.of(Estimate.of(
                                "hr-manager",
                                new BigDecimal("2.5"),
                                Percentage.of(100),
                                Percentage.of(80),
                                "Exit interviews"))));

        EvaluationResult result =
                evaluator.evaluate(evaluation(List.of(deals(), leavers), deliveryOnly("100000"), Horizon.ONE_YEAR));
        RoiRange range = result.range().orElseThrow();

        assertThat(range.sensitivity())
                .extracting(swing -> swing.key().split(":")[0])
                .containsExactly("value", "improvement");
        assertThat(range.sensitivity().get(0).width()).isCloseTo(50, within(1e-9));
        assertThat(range.sensitivity().get(1).width()).isCloseTo(2 * Z95 * 11_489.125293 / 1_000, within(1e-6));
        assertThat(range.fixed()).extracting(UncertainInput::key).contains("improvement:leavers:MANAGER_ESTIMATE");
        assertThat(range.trail().all("uncertainty.range").get(0).fact("headline"))
                .hasValueSatisfying(
                        headline -> assertThat((BigDecimal) headline).isEqualByComparingTo("41"));
    }

    private static MeasureEvaluation deals() {
        return MeasureEvaluation.of(
                        ImpactMeasure.of("deals", "Deals", "deals", Direction.HIGHER_IS_BETTER, PeriodLength.MONTH),
                        ConversionValue.of(Technique.OUTPUT_AS_CONTRIBUTION, euros("100"), "Finance", 2025))
                .with(new EstimateSet(
                        EstimateSource.PARTICIPANT,
                        10,
                        IntStream.rangeClosed(1, 10)
                                .mapToObj(i -> Estimate.of(
                                        "P" + i, BigDecimal.valueOf(i), Percentage.of(100), Percentage.of(100), "CRM"))
                                .toList()));
    }
}
