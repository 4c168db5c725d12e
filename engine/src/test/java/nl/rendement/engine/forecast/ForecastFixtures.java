package nl.rendement.engine.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.rendement.engine.EvaluationSettings;
import nl.rendement.engine.Participant;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.value.Percentage;

/** Building blocks for forecasts and small evaluations: EUR, 30% employer costs, 1,600 hours a year. */
final class ForecastFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate START = LocalDate.of(2025, 3, 1);
    static final EvaluationSettings SETTINGS =
            EvaluationSettings.defaults(EUR, Percentage.of(30), new BigDecimal("1600"));

    private ForecastFixtures() {}

    static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    static ImpactMeasure measure(String id, PeriodLength period) {
        return ImpactMeasure.of(id, id, "units", Direction.HIGHER_IS_BETTER, period);
    }

    static Scenarios<BigDecimal> changes(String low, String expected, String high) {
        return new Scenarios<>(new BigDecimal(low), new BigDecimal(expected), new BigDecimal(high));
    }

    static ConversionValue value(Technique technique, Money perUnit) {
        return ConversionValue.of(technique, perUnit, "Finance department", 2025);
    }

    /** An estimated value of one unit, × the estimator's confidence. */
    static ConversionValue estimatedValue(String euros, int confidence) {
        return new ConversionValue(
                Technique.ESTIMATE,
                euros(euros),
                "Team leads' estimate",
                2025,
                Optional.empty(),
                Optional.empty(),
                Optional.of(Percentage.of(confidence)),
                Optional.empty());
    }

    static ForecastMeasure forecast(
            String id, PeriodLength period, Scenarios<BigDecimal> change, ConversionValue value, int a, int c) {
        return new ForecastMeasure(measure(id, period), change, value, Percentage.of(a), Percentage.of(c));
    }

    /** Every category explicitly zero except those the ledger's lines have. */
    static CostLedger zeroElsewhere(CostLedger ledger) {
        CostLedger complete = ledger;
        for (CostCategory category : CostCategory.values()) {
            if (!ledger.presentCategories().contains(category)) {
                complete = complete.withZero(category);
            }
        }
        return complete;
    }

    static List<Participant> participants(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Participant(String.format("P%02d", i), "Cohort 1", START, Optional.empty()))
                .toList();
    }

    static RoiFigures figures(RoiOutcome outcome) {
        if (!(outcome instanceof RoiFigures figures)) {
            throw new AssertionError("Expected ROI figures, got " + outcome);
        }
        return figures;
    }
}
