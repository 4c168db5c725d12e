package nl.rendement.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.costs.CostLine;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;

/** Building blocks for evaluations in tests: EUR, 30% employer costs, 1,600 hours worked a year. */
final class EvaluationFixtures {

    static final Currency EUR = Currency.getInstance("EUR");
    static final LocalDate START = LocalDate.of(2025, 3, 1);
    static final EvaluationSettings SETTINGS =
            EvaluationSettings.defaults(EUR, Percentage.of(30), new BigDecimal("1600"));

    private EvaluationFixtures() {}

    static List<Participant> participants(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(
                        i -> new Participant(String.format("P%02d", i), "Cohort 1", START, java.util.Optional.empty()))
                .toList();
    }

    /** One delivery line of this amount; every other category explicitly zero. */
    static CostLedger deliveryOnly(String amount) {
        CostLedger ledger = CostLedger.EMPTY.with(CostLine.oneTime(
                "delivery", CostCategory.DELIVERY, "Trainer and venue", euros(amount), euros("0"), START));
        for (CostCategory category : CostCategory.values()) {
            if (category != CostCategory.DELIVERY) {
                ledger = ledger.withZero(category);
            }
        }
        return ledger;
    }

    static Evaluation evaluation(List<MeasureEvaluation> measures, CostLedger costs, Horizon horizon) {
        return new Evaluation(
                "Worked example", SETTINGS, participants(20), measures, costs, ExchangeRates.NONE, List.of(), horizon);
    }

    static Money euros(String amount) {
        return Money.of(amount, "EUR");
    }

    static RoiFigures figures(RoiOutcome outcome) {
        if (!(outcome instanceof RoiFigures figures)) {
            throw new AssertionError("Expected ROI figures, got " + outcome);
        }
        return figures;
    }
}
