package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.roi.Verdict;
import nl.rendement.engine.uncertainty.MonteCarlo;
import org.junit.jupiter.api.Test;

/** The example files of {@code examples/} reproduce the figures of METHOD's worked examples, to the cent. */
class ExampleFilesTest {

    private static final Path EXAMPLES = Path.of("../examples");

    private final Evaluator evaluator = new Evaluator(MonteCarlo.withDefaults().withIterations(200));

    @Test
    void aBenefitIsolatedOutsideGivesBcr175AndRoi75() {
        RoiFigures roi = figures(evaluate("benefit-isolated-outside").roi());

        assertThat(roi.benefitCostRatio().value()).isEqualByComparingTo("1.75");
        assertThat(cents(roi.roiPercent().value())).isEqualByComparingTo("75.00");
        assertThat(cents(roi.benefits().value().amount())).isEqualByComparingTo("350000.00");
        assertThat(cents(roi.costs().value().amount())).isEqualByComparingTo("200000.00");
        assertThat(cents(roi.paybackMonths().orElseThrow().value())).isEqualByComparingTo("6.86");
    }

    @Test
    void halvedTurnoverGivesRoi25OverOneYear() {
        EvaluationResult result = evaluate("turnover-halved");

        assertThat(cents(result.annualBenefits().value().amount())).isEqualByComparingTo("312500.00");
        assertThat(cents(figures(result.roi()).roiPercent().value())).isEqualByComparingTo("25.00");
    }

    @Test
    void grievancesGive546000AYear() {
        EvaluationResult result = evaluate("grievances");

        assertThat(cents(result.annualBenefits().value().amount())).isEqualByComparingTo("546000.00");
        assertThat(cents(figures(result.roi()).roiPercent().value())).isEqualByComparingTo("355.00");
    }

    @Test
    void theCompleteCaseGivesRoi1807AndNet2676() {
        EvaluationResult result = evaluate("complete-case");

        CostOutcome.Costs costs = (CostOutcome.Costs) result.costs();
        assertThat(cents(costs.total().value().amount())).isEqualByComparingTo("72951.43");
        assertThat(cents(result.annualBenefits().value().amount())).isEqualByComparingTo("86136.00");
        RoiFigures gross = figures(result.roi());
        assertThat(gross.benefitCostRatio().value().setScale(5, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("1.18073");
        assertThat(cents(gross.roiPercent().value())).isEqualByComparingTo("18.07");
        assertThat(gross.verdict().value()).isEqualTo(Verdict.FALLS_SHORT);
        assertThat(cents(gross.paybackMonths().orElseThrow().value())).isEqualByComparingTo("10.16");
        RoiFigures net = figures(result.roiNetOfReimbursements());
        assertThat(cents(net.roiPercent().value())).isEqualByComparingTo("26.76");
        assertThat(net.verdict().value()).isEqualTo(Verdict.MEETS_OBJECTIVE);
    }

    private EvaluationResult evaluate(String example) {
        EvaluationFileResult read =
                EvaluationFileReader.read(EXAMPLES.resolve(example).resolve("evaluation.yaml"));
        assertThat(read).as("problems in %s: %s", example, read).isInstanceOf(EvaluationFileResult.Read.class);
        return evaluator.evaluate(((EvaluationFileResult.Read) read).evaluation());
    }

    private static RoiFigures figures(RoiOutcome outcome) {
        assertThat(outcome).isInstanceOf(RoiFigures.class);
        return (RoiFigures) outcome;
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
