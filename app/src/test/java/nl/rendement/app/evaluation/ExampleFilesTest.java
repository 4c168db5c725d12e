package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import nl.rendement.engine.LevelResults;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.forecast.Scenarios;
import nl.rendement.engine.levels.ApplicationResult;
import nl.rendement.engine.levels.EfficiencyResult;
import nl.rendement.engine.levels.ItemReaction;
import nl.rendement.engine.levels.ReactionResult;
import nl.rendement.engine.levels.learning.LearningResult;
import nl.rendement.engine.measures.series.PeriodSeries;
import nl.rendement.engine.measures.series.Series;
import nl.rendement.engine.measures.series.SeriesLabel;
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

    /**
     * Levels 0–3 of the complete case, against figures computed from its tables by hand
     * (spreadsheet arithmetic) and by R 4.2: {@code d <- read.csv("scores.csv");
     * t.test(d$post, d$pre, paired = TRUE)} gives t = 17.651, df = 29.
     */
    @Test
    void theCompleteCaseHasLevelsZeroToThree() {
        LevelResults levels = evaluate("complete-case").levels();

        EfficiencyResult efficiency = levels.efficiency().orElseThrow();
        assertThat(efficiency.participants().value()).isEqualTo(30);
        assertThat(efficiency.completionRate().result().orElseThrow().value()).isCloseTo(90.0, within(1e-9));
        assertThat(efficiency.learningHours().value()).isEqualByComparingTo("612");
        assertThat(efficiency
                        .costPerParticipant()
                        .result()
                        .orElseThrow()
                        .value()
                        .amount())
                .isCloseTo(new BigDecimal("2431.71"), within(new BigDecimal("0.005")));
        ReactionResult reaction = levels.reaction().orElseThrow();
        assertThat(reaction.items())
                .extracting(ItemReaction::item)
                .containsExactly("Relevance", "Usefulness", "Facilitator");
        assertThat(reaction.items().get(0).mean().result().orElseThrow().value())
                .isCloseTo(97.0 / 24, within(1e-9));
        assertThat(reaction.items().get(1).mean().result().orElseThrow().n())
                .as("one response leaves usefulness blank")
                .isEqualTo(23);
        assertThat(reaction.netPromoterScore().result().orElseThrow().value()).isCloseTo(100.0 / 3, within(1e-9));
        LearningResult learning = levels.learning().get(0).result();
        assertThat(learning.rawGain().orElseThrow().meanPre().value()).isCloseTo(59.3, within(1e-9));
        assertThat(learning.rawGain().orElseThrow().meanPost().value()).isCloseTo(77.2, within(1e-9));
        assertThat(learning.pairedTest().orElseThrow().value().t()).isCloseTo(17.651, within(0.0005));
        assertThat(learning.pairedTest().orElseThrow().value().degreesOfFreedom())
                .isEqualTo(29);
        ApplicationResult application = levels.application().orElseThrow();
        assertThat(application.applying().result().orElseThrow().value()).isCloseTo(85.0, within(1e-9));
        assertThat(application.observedApplying().result().orElseThrow().value())
                .isCloseTo(20.0 / 24 * 100, within(1e-9));
    }

    /** Deals per person and month in deals-kpi.csv; the means of January and December computed by hand. */
    @Test
    void theCompleteCaseHasADealsSeriesBesideUnadjustedNonParticipants() {
        PeriodSeries deals = (PeriodSeries) evaluate("complete-case").series().get("deals");

        assertThat(deals.participants().people()).isEqualTo(30);
        assertThat(deals.participants().points()).hasSize(12);
        assertThat(deals.participants().points().get(0).value().value()).isEqualByComparingTo("6.5");
        assertThat(deals.participants().points().get(11).value().value().setScale(4, RoundingMode.HALF_EVEN))
                .isEqualByComparingTo("8.0333");
        Series comparison = deals.comparison().orElseThrow();
        assertThat(comparison.label()).isEqualTo(SeriesLabel.UNADJUSTED);
        assertThat(comparison.people()).isEqualTo(20);
        assertThat(comparison.points().get(11).value().value()).isEqualByComparingTo("6.2");
        assertThat(deals.cohortStarts())
                .singleElement()
                .satisfies(start -> assertThat(start.cohort()).isEqualTo("Cohort 1"));
    }

    /**
     * The forecast, by hand: deals 30 a month x 12 x 400 x 60% x 75% = 64,800 and absence 5 x 12 x
     * 338 x 50% x 70% = 7,098 a year on projected costs of 59,500: ROI (71,898 − 59,500) / 59,500 =
     * 20.84%; low 20 and 3 give 47,458.80 (−20.24%), high 40 and 8 give 97,756.80 (64.30%).
     */
    @Test
    void theCompleteCaseForecastIsSetBesideTheActualResult() {
        EvaluationFileResult.Read read = (EvaluationFileResult.Read)
                EvaluationFileReader.read(EXAMPLES.resolve("complete-case").resolve("evaluation.yaml"));
        EvaluationResult actual = evaluator.evaluate(read.evaluation());
        Forecasted forecasted = Forecasted.of(read.forecast(), actual).orElseThrow();

        Scenarios<RoiOutcome> roi = forecasted.forecast().roi();
        assertThat(cents(figures(roi.low()).roiPercent().value())).isEqualByComparingTo("-20.24");
        assertThat(cents(figures(roi.expected()).roiPercent().value())).isEqualByComparingTo("20.84");
        assertThat(cents(figures(roi.high()).roiPercent().value())).isEqualByComparingTo("64.30");
        assertThat(cents(forecasted.comparison().annualBenefits().forecast().amount()))
                .isEqualByComparingTo("71898.00");
        assertThat(cents(forecasted
                        .comparison()
                        .annualBenefits()
                        .variance()
                        .value()
                        .amount()))
                .isEqualByComparingTo("14238.00");
        assertThat(forecasted.comparison().measures())
                .extracting(variance -> cents(variance.forecast().value().amount()))
                .containsExactly(new BigDecimal("64800.00"), new BigDecimal("7098.00"));
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
