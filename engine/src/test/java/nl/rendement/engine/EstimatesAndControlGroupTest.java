package nl.rendement.engine;

import static nl.rendement.engine.EvaluationFixtures.deliveryOnly;
import static nl.rendement.engine.EvaluationFixtures.euros;
import static nl.rendement.engine.EvaluationFixtures.evaluation;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.control.PersonChange;
import nl.rendement.engine.isolation.estimate.Estimate;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/**
 * A table of participant and manager estimates with the extreme-claim rule on and off, and a
 * given control group that passes or fails its pre-period balance check, through the evaluator.
 * Deals a month, each worth 400 of contribution. Hand calculations beside each figure.
 */
class EstimatesAndControlGroupTest {

    private static final ImpactMeasure DEALS =
            ImpactMeasure.of("deals", "Deals closed", "deals", Direction.HIGHER_IS_BETTER, PeriodLength.MONTH);
    private static final ConversionValue DEAL = ConversionValue.of(
            Technique.OUTPUT_AS_CONTRIBUTION, euros("400"), "Finance: average price x lowest margin of 3 years", 2025);

    /**
     * 24 participants asked, 20 answered (4 non-respondents add 0). Improvement x attribution x
     * confidence, per month:
     * P01 2x.5x.8=0.80  P02 3x.6x.7=1.26  P03 1x1x.9=0.90   P04 2x.4x.5=0.40  P05 4x.5x.6=1.20
     * P06 2x.7x.8=1.12  P07 3x.5x.5=0.75  P08 1x.8x.7=0.56  P09 2x.6x.6=0.72  P10 2x.5x.9=0.90
     * P11 3x.4x.8=0.96  P12 1x.5x.5=0.25  P13 2x.9x.8=1.44  P14 2x.3x.7=0.42  P15 3x.6x.8=1.44
     * P16 1x.7x.9=0.63  P17 2x.5x.7=0.70  P18 2x.8x.6=0.96: together 15.41.
     * P19 claims 5 without a basis: excluded either way.
     * P20 claims 20 (x.8x.9 = 14.40): the median of the 19 improvements with a basis is 2 (four
     * 1s, nine 2s, four 3s, a 4, a 20: the 10th is a 2), 3 x 2 = 6 < 20, so extreme: excluded with
     * the rule on (15.41), counted with it off (15.41 + 14.40 = 29.81).
     */
    static EstimateSet participantTable() {
        int[][] rows = {
            {2, 50, 80}, {3, 60, 70}, {1, 100, 90}, {2, 40, 50}, {4, 50, 60}, {2, 70, 80}, {3, 50, 50},
            {1, 80, 70}, {2, 60, 60}, {2, 50, 90}, {3, 40, 80}, {1, 50, 50}, {2, 90, 80}, {2, 30, 70},
            {3, 60, 80}, {1, 70, 90}, {2, 50, 70}, {2, 80, 60}
        };
        List<Estimate> answers = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            answers.add(estimate(String.format("P%02d", i + 1), rows[i][0], rows[i][1], rows[i][2]));
        }
        answers.add(Estimate.withoutBasis("P19", BigDecimal.valueOf(5), Percentage.of(100), Percentage.of(100)));
        answers.add(estimate("P20", 20, 80, 90));
        return new EstimateSet(EstimateSource.PARTICIPANT, 24, answers);
    }

    /**
     * 4 managers asked, 3 answered for their teams: 20x.5x.8 = 8.00, 15x.6x.7 = 6.30,
     * 12x.5x.9 = 5.40: together 19.70. Three estimates are fewer than k = 5: no extreme-claim check.
     */
    static EstimateSet managerTable() {
        return new EstimateSet(
                EstimateSource.MANAGER,
                4,
                List.of(estimate("M1", 20, 50, 80), estimate("M2", 15, 60, 70), estimate("M3", 12, 50, 90)));
    }

    private final Evaluator evaluator = new Evaluator();

    @Test
    void theLowerCredibleGroupTotalCountsAndTheExtremeClaimRuleShowsItsEffect() {
        MeasureEvaluation deals =
                MeasureEvaluation.of(DEALS, DEAL).with(participantTable()).with(managerTable());

        MeasureBenefit on =
                measure(evaluator.evaluate(evaluation(List.of(deals), deliveryOnly("50000"), Horizon.ONE_YEAR)));
        MeasureBenefit off = measure(evaluator.evaluate(new Evaluation(
                "Rule off",
                withExtremeClaimRule(false),
                EvaluationFixtures.participants(20),
                List.of(deals),
                deliveryOnly("50000"),
                nl.rendement.engine.money.ExchangeRates.NONE,
                List.of(),
                Horizon.ONE_YEAR)));

        // Rule on: participants 15.41 < managers 19.70: 15.41 x 12 x 400 = 73,968 a year.
        assertThat(on.headline().orElseThrow().method()).isEqualTo(IsolationMethod.PARTICIPANT_ESTIMATE);
        assertThat(on.annualBenefit().value()).isEqualTo(euros("73968"));
        assertThat(on.annualBenefit().trail().has("estimate.excluded.extreme")).isTrue();
        assertThat(on.annualBenefit().trail().has("estimate.excluded.noBasis")).isTrue();
        // Rule off: participants 29.81 > managers 19.70: 19.70 x 12 x 400 = 94,560 a year.
        assertThat(off.headline().orElseThrow().method()).isEqualTo(IsolationMethod.MANAGER_ESTIMATE);
        assertThat(off.annualBenefit().value()).isEqualTo(euros("94560"));
        assertThat(off.alternatives())
                .filteredOn(candidate -> candidate.method() == IsolationMethod.PARTICIPANT_ESTIMATE)
                .singleElement()
                .satisfies(participants -> assertThat(
                                participants.annualBenefit().orElseThrow().value())
                        // 29.81 x 12 x 400 = 143,088.
                        .isEqualTo(euros("143088")));
    }

    @Test
    void aBalancedControlGroupIsTheHeadlineWhenItIsTheLowestCredibleEstimate() {
        // Pre means 11 and 11: SMD 0. Mean changes +3 (trained) and +1 (control): 2 deals a month
        // for each of the 6 trained with data (2 more without data add 0): 12 a month x 12 x 400
        // = 57,600 a year, below the participants' 73,968.
        MeasureBenefit benefit = measure(evaluator.evaluate(evaluation(
                List.of(MeasureEvaluation.of(DEALS, DEAL)
                        .with(participantTable())
                        .with(controlGroup(10))),
                deliveryOnly("50000"),
                Horizon.ONE_YEAR)));

        assertThat(benefit.headline().orElseThrow().method()).isEqualTo(IsolationMethod.GIVEN_CONTROL_GROUP);
        assertThat(benefit.annualBenefit().value()).isEqualTo(euros("57600"));
    }

    @Test
    void anUnbalancedControlGroupIsNotCredibleSoTheHeadlineFallsToTheEstimates() {
        // The trained start 10 deals higher (pre mean 21 against 11): |SMD| far above 0.1.
        MeasureBenefit benefit = measure(evaluator.evaluate(evaluation(
                List.of(MeasureEvaluation.of(DEALS, DEAL)
                        .with(participantTable())
                        .with(controlGroup(20))),
                deliveryOnly("50000"),
                Horizon.ONE_YEAR)));

        assertThat(benefit.headline().orElseThrow().method()).isEqualTo(IsolationMethod.PARTICIPANT_ESTIMATE);
        assertThat(benefit.annualBenefit().value()).isEqualTo(euros("73968"));
        assertThat(benefit.alternatives())
                .filteredOn(candidate -> candidate.method() == IsolationMethod.GIVEN_CONTROL_GROUP)
                .singleElement()
                .satisfies(control ->
                        assertThat(control.reasons()).extracting(Reason::code).contains("control.notCredible.smd"));
    }

    /** Trained pre values start at {@code trainedFrom}; control pre values average 11. */
    private static GivenControlGroup controlGroup(int trainedFrom) {
        int[] trainedPre = {trainedFrom, trainedFrom + 1, trainedFrom + 2, trainedFrom, trainedFrom + 1, trainedFrom + 2
        };
        int[] trainedChange = {3, 2, 4, 3, 2, 4};
        int[] controlPre = {10, 12, 11, 11, 12, 10};
        int[] controlChange = {1, 0, 2, 1, 0, 2};
        List<PersonChange> trained = new ArrayList<>();
        List<PersonChange> control = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            trained.add(PersonChange.of("T" + i, trainedPre[i], trainedPre[i] + trainedChange[i]));
            control.add(PersonChange.of("C" + i, controlPre[i], controlPre[i] + controlChange[i]));
        }
        return new GivenControlGroup("Region Noord, not yet trained", trained, control, false, 2);
    }

    private static Estimate estimate(String respondent, int improvement, int attribution, int confidence) {
        return Estimate.of(
                respondent,
                BigDecimal.valueOf(improvement),
                Percentage.of(attribution),
                Percentage.of(confidence),
                "CRM deals before and after");
    }

    private static EvaluationSettings withExtremeClaimRule(boolean on) {
        EvaluationSettings defaults = EvaluationFixtures.SETTINGS;
        return new EvaluationSettings(
                defaults.reportingCurrency(),
                defaults.employerCostFactor(),
                defaults.hoursWorkedPerFteYear(),
                defaults.vatReclaimable(),
                defaults.anonymityThreshold(),
                defaults.discountRate(),
                defaults.roiObjective(),
                defaults.headlineRule(),
                on);
    }

    private static MeasureBenefit measure(EvaluationResult result) {
        return result.measures().get(0);
    }
}
