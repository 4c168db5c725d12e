package nl.rendement.engine.forecast;

import static nl.rendement.engine.forecast.ForecastFixtures.SETTINGS;
import static nl.rendement.engine.forecast.ForecastFixtures.START;
import static nl.rendement.engine.forecast.ForecastFixtures.changes;
import static nl.rendement.engine.forecast.ForecastFixtures.estimatedValue;
import static nl.rendement.engine.forecast.ForecastFixtures.euros;
import static nl.rendement.engine.forecast.ForecastFixtures.forecast;
import static nl.rendement.engine.forecast.ForecastFixtures.measure;
import static nl.rendement.engine.forecast.ForecastFixtures.participants;
import static nl.rendement.engine.forecast.ForecastFixtures.value;
import static nl.rendement.engine.forecast.ForecastFixtures.zeroElsewhere;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.costs.CostLine;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.estimate.Estimate;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/**
 * A programme's actual, from the whole engine, beside its forecast (METHOD §8), each figure beside
 * its hand calculation. Actual: grievances 504,000 + sales 50,000 + complaints 12,000 + errors 0 +
 * overtime 18,000 = 584,000 a year on 200,000: ROI 192%. Forecast expected: grievances 436,800 +
 * sales 10,000 + absence 3,600 + errors 1,200 + overtime 21,600 = 473,200 on 160,000: ROI 195.75%.
 */
class ForecastVsActualTest {

    private static final String PROGRAMME = "Leadership 2026";
    private static final ForecastComparison COMPARISON = ForecastVsActual.compare(planned(), actual());

    @Test
    void explainsAVarianceByChangeAndValueSummingToItExactly() {
        // Forecast 10 x 80% x 70% = 5.6 a month x 12 = 67.2 x 6,500 = 436,800. Actual 12.5 x 80% x 70%
        // = 7 a month x 12 = 84 x 6,000 = 504,000. Variance 67,200 = change (84 - 67.2) x 6,500 =
        // 109,200 + value 84 x (6,000 - 6,500) = -42,000.
        MeasureVariance grievances = variance("grievances");

        assertThat(grievances.forecast().value()).isEqualTo(euros("436800"));
        assertThat(grievances.actual().value()).isEqualTo(euros("504000"));
        assertThat(grievances.variance().value()).isEqualTo(euros("67200"));
        VarianceDecomposition explained = grievances.decomposition().orElseThrow();
        assertThat(explained.changeEffect().value()).isEqualTo(euros("109200"));
        assertThat(explained.valueEffect().value()).isEqualTo(euros("-42000"));
        assertThat(explained.sum().amount())
                .isEqualByComparingTo(grievances.variance().value().amount());
    }

    @Test
    void anEstimatedValueCountsWithItsConfidenceOnBothSides() {
        // Forecast 5 x 80% = 4 a month x 12 = 48 x 900 x 50% (450) = 21,600. Actual 3 a month x 12 = 36
        // x 1,000 x 50% (500) = 18,000. Variance -3,600 = change (36 - 48) x 450 = -5,400 + value
        // 36 x (500 - 450) = 1,800.
        MeasureVariance overtime = variance("overtime");

        assertThat(overtime.variance().value()).isEqualTo(euros("-3600"));
        VarianceDecomposition explained = overtime.decomposition().orElseThrow();
        assertThat(explained.changeEffect().value()).isEqualTo(euros("-5400"));
        assertThat(explained.valueEffect().value()).isEqualTo(euros("1800"));
        assertThat(explained.sum()).isEqualTo(overtime.variance().value());
    }

    @Test
    void aBenefitGivenInMoneyHasAVarianceButNoDecomposition() {
        // Forecast 100 x 50% x 50% = 25 a year x 400 = 10,000; actual 50,000 isolated outside, in money.
        MeasureVariance sales = variance("sales");

        assertThat(sales.variance().value()).isEqualTo(euros("40000"));
        assertThat(sales.decomposition()).isEmpty();
        assertThat(sales.reasons())
                .singleElement()
                .satisfies(reason -> assertThat(reason.code()).isEqualTo("forecast.variance.noDecomposition"))
                .satisfies(reason -> assertThat(reason.step().fact("because")).contains("notFromUnits"));
    }

    @Test
    void aMeasureWithoutACredibleHeadlineHasAVarianceButNoDecomposition() {
        // Forecast 1 x 100% x 100% x 12 x 100 = 1,200; the actual estimate states no basis: 0.
        MeasureVariance errors = variance("errors");

        assertThat(errors.actual().value()).isEqualTo(euros("0"));
        assertThat(errors.variance().value()).isEqualTo(euros("-1200"));
        assertThat(errors.reasons().get(0).step().fact("because")).contains("noCredibleHeadline");
    }

    @Test
    void listsMeasuresForecastButNotEvaluatedAndEvaluatedButNotForecast() {
        // Absence forecast 2 x 50% x 12 x 300 = 3,600; complaints actual 3 a quarter x 4 x 1,000 = 12,000.
        assertThat(COMPARISON.measures())
                .extracting(MeasureVariance::measureId)
                .containsExactly("grievances", "sales", "errors", "overtime");
        assertThat(COMPARISON.unmatched())
                .extracting(Reason::code)
                .containsExactly("forecast.notEvaluated", "forecast.notForecast");
        assertThat(COMPARISON.unmatched().get(0).step().fact("measure")).contains("absence");
        assertThat(COMPARISON.unmatched().get(0).step().fact("forecast")).contains(euros("3600"));
        assertThat(COMPARISON.unmatched().get(1).step().fact("measure")).contains("complaints");
        assertThat(COMPARISON.unmatched().get(1).step().fact("actual")).contains(euros("12000"));
    }

    @Test
    void comparesTheAnnualBenefitsCostsAndRoi() {
        // Benefits 584,000 - 473,200 = 110,800; costs 200,000 - 160,000 = 40,000.
        assertThat(COMPARISON.annualBenefits().variance().value()).isEqualTo(euros("110800"));
        Variance.Compared<Money> costs = (Variance.Compared<Money>) COMPARISON.costs();
        assertThat(costs.forecast()).isEqualTo(euros("160000"));
        assertThat(costs.actual()).isEqualTo(euros("200000"));
        assertThat(costs.variance().value()).isEqualTo(euros("40000"));
        // ROI actual (584,000 - 200,000) / 2,000 = 192; forecast (473,200 - 160,000) / 1,600 = 195.75;
        // low 376,520 -> 135.325, high 569,880 -> 256.175: 192 lies within.
        Variance.Compared<BigDecimal> roi = (Variance.Compared<BigDecimal>) COMPARISON.roi();
        assertThat(roi.forecast()).isEqualByComparingTo("195.75");
        assertThat(roi.actual()).isEqualByComparingTo("192");
        assertThat(roi.variance().value()).isEqualByComparingTo("-3.75");
        var step = roi.variance().trail().all("forecast.roi.variance").get(0);
        assertThat((BigDecimal) step.fact("forecastLow").orElseThrow()).isEqualByComparingTo("135.325");
        assertThat((BigDecimal) step.fact("forecastHigh").orElseThrow()).isEqualByComparingTo("256.175");
        assertThat(step.fact("withinRange")).contains(true);
    }

    @Test
    void refusesAForecastOfAnotherProgramme() {
        ForecastResult other = Forecaster.forecast(new Forecast(
                "Another programme", SETTINGS, List.of(), deliveryOnly("1"), 1, ExchangeRates.NONE, Horizon.ONE_YEAR));

        assertThatThrownBy(() -> ForecastVsActual.compare(other, actual()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MeasureVariance variance(String id) {
        return COMPARISON.measures().stream()
                .filter(measure -> measure.measureId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ForecastResult planned() {
        List<ForecastMeasure> measures = List.of(
                forecast("grievances", PeriodLength.MONTH, changes("8", "10", "12"), expert("6500"), 80, 70),
                forecast("sales", PeriodLength.YEAR, changes("80", "100", "120"), contribution("400"), 50, 50),
                forecast("absence", PeriodLength.MONTH, changes("1", "2", "3"), history("300"), 50, 100),
                forecast("errors", PeriodLength.MONTH, changes("0", "1", "2"), history("100"), 100, 100),
                forecast("overtime", PeriodLength.MONTH, changes("4", "5", "6"), estimatedValue("900", 50), 80, 100));
        return Forecaster.forecast(new Forecast(
                PROGRAMME, SETTINGS, measures, deliveryOnly("160000"), 20, ExchangeRates.NONE, Horizon.ONE_YEAR));
    }

    private static EvaluationResult actual() {
        List<MeasureEvaluation> measures = List.of(
                MeasureEvaluation.of(measure("grievances", PeriodLength.MONTH), expert("6000"))
                        .with(managers(Estimate.of(
                                "supervisors", new BigDecimal("12.5"), Percentage.of(80), Percentage.of(70), "Log"))),
                new MeasureEvaluation(
                        measure("sales", PeriodLength.YEAR),
                        List.of(),
                        Optional.empty(),
                        List.of(IsolatedOutside.benefit(euros("50000"), "Finance", "Contribution study", START)),
                        Optional.empty()),
                MeasureEvaluation.of(
                                measure("complaints", PeriodLength.QUARTER),
                                value(Technique.COST_OF_QUALITY, euros("1000")))
                        .with(outside("3")),
                MeasureEvaluation.of(measure("errors", PeriodLength.MONTH), history("100"))
                        .with(managers(Estimate.withoutBasis(
                                "supervisors", new BigDecimal("2"), Percentage.of(100), Percentage.of(100)))),
                MeasureEvaluation.of(measure("overtime", PeriodLength.MONTH), estimatedValue("1000", 50))
                        .with(outside("3")));
        Evaluation evaluation = new Evaluation(
                PROGRAMME,
                SETTINGS,
                participants(20),
                measures,
                deliveryOnly("200000"),
                ExchangeRates.NONE,
                List.of(),
                Horizon.ONE_YEAR);
        return new Evaluator(MonteCarlo.withDefaults().withIterations(200)).evaluate(evaluation);
    }

    private static EstimateSet managers(Estimate estimate) {
        return new EstimateSet(EstimateSource.MANAGER, 1, List.of(estimate));
    }

    private static IsolatedOutside outside(String perPeriod) {
        return IsolatedOutside.improvement(new BigDecimal(perPeriod), "HR study", "Before and after", START);
    }

    private static CostLedger deliveryOnly(String amount) {
        return zeroElsewhere(CostLedger.EMPTY.with(
                CostLine.oneTime("delivery", CostCategory.DELIVERY, "Trainers", euros(amount), euros("0"), START)));
    }

    private static ConversionValue expert(String amount) {
        return value(Technique.EXPERT, euros(amount));
    }

    private static ConversionValue contribution(String amount) {
        return value(Technique.OUTPUT_AS_CONTRIBUTION, euros(amount));
    }

    private static ConversionValue history(String amount) {
        return value(Technique.HISTORICAL_COST, euros(amount));
    }
}
