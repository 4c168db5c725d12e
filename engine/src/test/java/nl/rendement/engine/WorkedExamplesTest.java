package nl.rendement.engine;

import static nl.rendement.engine.EvaluationFixtures.deliveryOnly;
import static nl.rendement.engine.EvaluationFixtures.euros;
import static nl.rendement.engine.EvaluationFixtures.evaluation;
import static nl.rendement.engine.EvaluationFixtures.figures;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.estimate.Estimate;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/** The worked examples of METHOD §5 and §7 through the whole engine, with hand calculations beside them. */
class WorkedExamplesTest {

    private static final LocalDate STUDY = LocalDate.of(2025, 1, 15);
    private final Evaluator evaluator = new Evaluator();

    @Test
    void benefitsIsolatedOutsideRendementOnFullyLoadedCosts() {
        // 350,000 / 200,000 = BCR 1.75; ROI (350,000 - 200,000) / 200,000 = 75%;
        // payback 200,000 / 350,000 x 12 = 6.857 months, shown 6.86.
        MeasureEvaluation output = new MeasureEvaluation(
                ImpactMeasure.of("output", "Extra contribution", "EUR", Direction.HIGHER_IS_BETTER, PeriodLength.YEAR),
                List.of(),
                java.util.Optional.empty(),
                List.of(IsolatedOutside.benefit(
                        euros("350000"), "Finance department", "Contribution of the new product line", STUDY)),
                java.util.Optional.empty());

        EvaluationResult result =
                evaluator.evaluate(evaluation(List.of(output), deliveryOnly("200000"), Horizon.ONE_YEAR));

        RoiFigures roi = figures(result.roi());
        assertThat(roi.benefitCostRatio().value()).isEqualByComparingTo("1.75");
        assertThat(roi.roiPercent().value()).isEqualByComparingTo("75");
        assertThat(shown(roi.paybackMonths().orElseThrow().value())).isEqualByComparingTo("6.86");
        assertThat(result.measures().get(0).headline().orElseThrow().method())
                .isEqualTo(IsolationMethod.ISOLATED_OUTSIDE);
        assertThat(roi.benefits().trail().has("isolation.outside")).isTrue();
    }

    @Test
    void halvedTurnoverOverOneYearTwoYearsAndSixMonths() {
        // 125 leavers a year halved = 62.5 fewer x 5,000 = 312,500 a year, on 250,000.
        // One year: 62,500 / 250,000 = 25%. Two years undiscounted: (625,000 - 250,000) / 250,000 = 150%.
        // Six months: (156,250 - 250,000) / 250,000 = -37.5%.
        MeasureEvaluation leavers = MeasureEvaluation.of(
                        ImpactMeasure.of("leavers", "Leavers", "people", Direction.LOWER_IS_BETTER, PeriodLength.YEAR),
                        ConversionValue.of(Technique.HISTORICAL_COST, euros("5000"), "HR: cost per leaver", 2024))
                .with(IsolatedOutside.improvement(
                        new BigDecimal("62.5"), "HR retention study", "Leavers before and after, by HR", STUDY));

        assertThat(roi(leavers, "250000", Horizon.ONE_YEAR)).isEqualByComparingTo("25");
        assertThat(roi(leavers, "250000", Horizon.months(24, "Two years of lower turnover")))
                .isEqualByComparingTo("150");
        assertThat(roi(leavers, "250000", Horizon.months(6, "Half a year"))).isEqualByComparingTo("-37.5");
        EvaluationResult oneYear =
                evaluator.evaluate(evaluation(List.of(leavers), deliveryOnly("250000"), Horizon.ONE_YEAR));
        assertThat(oneYear.annualBenefits().value()).isEqualTo(euros("312500"));
    }

    @Test
    void grievancesEstimatedBySupervisorsAndValuedByAnExpert() {
        // 12.5 fewer a month x 80% attributed x 70% confidence = 7 a month; x 12 = 84 a year;
        // x 6,500 (labour-relations expert) = 546,000 a year. On 120,000: ROI 355%.
        MeasureEvaluation grievances = MeasureEvaluation.of(
                        ImpactMeasure.of(
                                "grievances",
                                "Grievances",
                                "grievances",
                                Direction.LOWER_IS_BETTER,
                                PeriodLength.MONTH),
                        ConversionValue.of(Technique.EXPERT, euros("6500"), "Labour-relations expert", 2025))
                .with(new EstimateSet(
                        EstimateSource.MANAGER,
                        1,
                        List.of(Estimate.of(
                                "supervisors",
                                new BigDecimal("12.5"),
                                Percentage.of(80),
                                Percentage.of(70),
                                "Grievance log, this year against last"))));

        EvaluationResult result =
                evaluator.evaluate(evaluation(List.of(grievances), deliveryOnly("120000"), Horizon.ONE_YEAR));

        assertThat(result.annualBenefits().value()).isEqualTo(euros("546000"));
        assertThat(figures(result.roi()).roiPercent().value()).isEqualByComparingTo("355");
        assertThat(result.measures().get(0).headline().orElseThrow().method())
                .isEqualTo(IsolationMethod.MANAGER_ESTIMATE);
    }

    private BigDecimal roi(MeasureEvaluation measure, String costs, Horizon horizon) {
        return figures(evaluator
                        .evaluate(evaluation(List.of(measure), deliveryOnly(costs), horizon))
                        .roi())
                .roiPercent()
                .value();
    }

    private static BigDecimal shown(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
