package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import nl.rendement.engine.LevelResults;
import nl.rendement.engine.forecast.ForecastComparison;
import nl.rendement.engine.forecast.ForecastResult;
import nl.rendement.engine.forecast.MeasureVariance;
import nl.rendement.engine.forecast.Variance;
import nl.rendement.engine.isolation.Candidate;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.levels.ApplicationResult;
import nl.rendement.engine.levels.EfficiencyResult;
import nl.rendement.engine.levels.ItemReaction;
import nl.rendement.engine.levels.Part;
import nl.rendement.engine.levels.ReactionResult;
import nl.rendement.engine.levels.learning.CohensDz;
import nl.rendement.engine.levels.learning.LearningResult;
import nl.rendement.engine.levels.learning.LearningTestResult;
import nl.rendement.engine.levels.learning.PairedTTest;
import nl.rendement.engine.measures.series.CohortThreshold;
import nl.rendement.engine.measures.series.PeriodSeries;
import nl.rendement.engine.measures.series.PersonTime;
import nl.rendement.engine.measures.series.SeriesLabel;
import nl.rendement.engine.measures.series.ThresholdTimes;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.uncertainty.RoiRange;
import nl.rendement.engine.uncertainty.UncertainInput;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example files of {@code examples/} that express the engine's worked examples (issues 4 and 5)
 * give the figures of the engine tests' hand calculations, which stand beside each assertion.
 */
class EngineExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples");
    private static final double Z95 = 1.6448536269514722;
    /** Means, differences, gains and d_z: arithmetic (as in the engine's LearningKnownAnswersTest). */
    private static final Offset<Double> ARITHMETIC = within(1e-9);
    /** p-values and interval bounds: through a distribution. */
    private static final Offset<Double> DISTRIBUTION = within(1e-6);

    private final Evaluator evaluator = new Evaluator(MonteCarlo.withDefaults().withIterations(200));

    @Test
    void halvedTurnoverOverTwoYearsUndiscountedGivesRoi150() {
        // 62.5 fewer leavers x 5,000 = 312,500 a year, on 250,000.
        // Two years undiscounted: (625,000 - 250,000) / 250,000 = 150%.
        EvaluationResult result = evaluate("turnover-halved-two-years");

        assertThat(cents(result.annualBenefits().value().amount())).isEqualByComparingTo("312500.00");
        assertThat(figures(result.roi()).roiPercent().value()).isEqualByComparingTo("150");
    }

    @Test
    void halvedTurnoverOverSixMonthsGivesRoiMinus375() {
        // Six months: (156,250 - 250,000) / 250,000 = -37.5%.
        EvaluationResult result = evaluate("turnover-halved-six-months");

        assertThat(figures(result.roi()).roiPercent().value()).isEqualByComparingTo("-37.5");
    }

    @Test
    void withTheExtremeClaimRuleOnTheParticipantsLowerTotalIsTheHeadline() {
        // Rule on: participants 15.41 < managers 19.70: 15.41 x 12 x 400 = 73,968 a year.
        MeasureBenefit deals =
                evaluate("estimates-extreme-claim-rule-on").measures().get(0);

        assertThat(deals.headline().orElseThrow().method()).isEqualTo(IsolationMethod.PARTICIPANT_ESTIMATE);
        assertThat(cents(deals.annualBenefit().value().amount())).isEqualByComparingTo("73968.00");
        assertThat(deals.annualBenefit().trail().has("estimate.excluded.extreme"))
                .isTrue();
        assertThat(deals.annualBenefit().trail().has("estimate.excluded.noBasis"))
                .isTrue();
    }

    @Test
    void withTheExtremeClaimRuleOffTheManagersLowerTotalIsTheHeadline() {
        // Rule off: participants 29.81 > managers 19.70: 19.70 x 12 x 400 = 94,560 a year.
        MeasureBenefit deals =
                evaluate("estimates-extreme-claim-rule-off").measures().get(0);

        assertThat(deals.headline().orElseThrow().method()).isEqualTo(IsolationMethod.MANAGER_ESTIMATE);
        assertThat(cents(deals.annualBenefit().value().amount())).isEqualByComparingTo("94560.00");
        // 29.81 x 12 x 400 = 143,088.
        assertThat(alternative(deals, IsolationMethod.PARTICIPANT_ESTIMATE)
                        .annualBenefit()
                        .orElseThrow()
                        .value()
                        .amount())
                .isEqualByComparingTo("143088");
    }

    @Test
    void aBalancedControlGroupIsTheHeadlineWhenItIsTheLowestCredibleEstimate() {
        // Pre means 11 and 11: SMD 0. Mean changes +3 (trained) and +1 (control): 2 deals a month
        // for each of the 6 trained with data (2 more without data add 0): 12 a month x 12 x 400
        // = 57,600 a year, below the participants' 73,968.
        MeasureBenefit deals = evaluate("control-group-balanced").measures().get(0);

        assertThat(deals.headline().orElseThrow().method()).isEqualTo(IsolationMethod.GIVEN_CONTROL_GROUP);
        assertThat(cents(deals.annualBenefit().value().amount())).isEqualByComparingTo("57600.00");
    }

    @Test
    void anUnbalancedControlGroupIsNotCredibleSoTheHeadlineFallsToTheEstimates() {
        // The trained start 10 deals higher (pre mean 21 against 11): |SMD| far above 0.1.
        MeasureBenefit deals = evaluate("control-group-unbalanced").measures().get(0);

        assertThat(deals.headline().orElseThrow().method()).isEqualTo(IsolationMethod.PARTICIPANT_ESTIMATE);
        assertThat(cents(deals.annualBenefit().value().amount())).isEqualByComparingTo("73968.00");
        assertThat(alternative(deals, IsolationMethod.GIVEN_CONTROL_GROUP).reasons())
                .extracting(Reason::code)
                .contains("control.notCredible.smd");
    }

    @Test
    void aControlGroupInCohortsIsComparedPerCohortAndPooled() {
        // R (control-group.R, fixture G): per cohort t.test(change ~ group, data = subset(f, cohort
        // == c), var.equal = FALSE), pooled by the trained's share: 7.0558730158730159 orders a
        // month per trained person, SE 0.64955018643396378, df 20.420534440216350; 2026-01 left
        // out. 15 x 7.05587 = 105.83809523809524 a month x 12 x 50 = 63,502.86 a year on 40,000.
        EvaluationResult result = evaluate("control-group-cohorts");
        MeasureBenefit orders = result.measures().get(0);
        Candidate control = orders.headline().orElseThrow();

        assertThat(control.method()).isEqualTo(IsolationMethod.GIVEN_CONTROL_GROUP);
        assertThat(control.reasons()).isEmpty();
        assertThat(cents(orders.annualBenefit().value().amount())).isEqualByComparingTo("63502.86");
        assertThat(figures(result.roi()).roiPercent().value().doubleValue()).isCloseTo(58.757142857, within(1e-6));
        assertThat(orders.annualBenefit().value().amount().doubleValue())
                .isCloseTo(105.83809523809524 * 12 * 50, ARITHMETIC);
        assertThat(control.annualBenefit().orElseThrow().trail().all("control.cohort"))
                .hasSize(3);
        assertThat(control.annualBenefit().orElseThrow().trail().all("control.cohortLeftOut"))
                .singleElement()
                .satisfies(step -> assertThat(step.fact("cohort")).contains("2026-01"));
        assertThat(((BigDecimal) control.annualBenefit()
                                .orElseThrow()
                                .trail()
                                .all("control.pooledOverCohorts")
                                .get(0)
                                .fact("degreesOfFreedom")
                                .orElseThrow())
                        .doubleValue())
                .isCloseTo(20.420534440216350, ARITHMETIC);
    }

    @Test
    void newHiresWithoutAPrePeriodAddNoCredibleBenefit() {
        // R (control-group.R, fixture N): post means per cohort, pooled 3.9472222222222255 a month;
        // balance before the programme cannot be judged, so no ROI.
        EvaluationResult result = evaluate("control-group-new-hires");
        MeasureBenefit output = result.measures().get(0);
        Candidate control = alternative(output, IsolationMethod.GIVEN_CONTROL_GROUP);

        assertThat(output.headline()).isEmpty();
        assertThat(control.reasons()).extracting(Reason::code).containsExactly("control.notCredible.noPrePeriod");
        assertThat(((BigDecimal) control.annualBenefit()
                                .orElseThrow()
                                .trail()
                                .all("control.pooledOverCohorts")
                                .get(0)
                                .fact("difference")
                                .orElseThrow())
                        .doubleValue())
                .isCloseTo(3.9472222222222255, ARITHMETIC);
        assertThat(result.roi()).isInstanceOf(RoiOutcome.NoRoi.class);
    }

    @Test
    void levelZeroHasTheEfficiencyOfSixLearners() {
        EfficiencyResult efficiency =
                evaluate("levels-known-answers").levels().efficiency().orElseThrow();

        // By hand: 4 completed of 6 enrolled = 66.67%.
        assertThat(efficiency.participants().value()).isEqualTo(6);
        assertThat(efficiency.completionRate().result().orElseThrow().value()).isCloseTo(200.0 / 3, within(1e-12));
        // By hand: days 10, 20, 30, 60; median (20 + 30) / 2 = 25; mean 120 / 4 = 30.
        assertThat(efficiency.medianDaysToComplete().result().orElseThrow().value())
                .isEqualTo(25.0);
        assertThat(efficiency.meanDaysToComplete().result().orElseThrow().value())
                .isEqualTo(30.0);
        // By hand: 8 + 12 + 10 + 10 + 4 + 0 = 44 hours; 44 / 22 FTE = 2; 13,200 / 6 = 2,200;
        // 13,200 / 44 = 300; 13,200 / 1,320,000 x 100 = 1%.
        assertThat(efficiency.learningHours().value()).isEqualByComparingTo("44");
        assertThat(efficiency.learningHoursPerFte().result().orElseThrow().value())
                .isEqualByComparingTo("2");
        assertThat(efficiency
                        .costPerParticipant()
                        .result()
                        .orElseThrow()
                        .value()
                        .amount())
                .isEqualByComparingTo("2200");
        assertThat(efficiency
                        .costPerLearningHour()
                        .result()
                        .orElseThrow()
                        .value()
                        .amount())
                .isEqualByComparingTo("300");
        assertThat(efficiency.spendOfPayroll().result().orElseThrow().value().value())
                .isEqualByComparingTo("1");
    }

    @Test
    void levelOneHasItemMeansAgainstTargetsAndNpsPlusTen() {
        ReactionResult reaction =
                evaluate("levels-known-answers").levels().reaction().orElseThrow();

        // By hand: relevance 40 / 10 = 4.0, which meets 4.0; importance 35 / 10 = 3.5, which does not.
        assertThat(reaction.items().get(0).mean().result().orElseThrow().value())
                .isEqualTo(4.0);
        assertThat(reaction.items().get(0).status()).isEqualTo(ItemReaction.Target.MET);
        assertThat(reaction.items().get(1).mean().result().orElseThrow().value())
                .isEqualTo(3.5);
        assertThat(reaction.items().get(1).status()).isEqualTo(ItemReaction.Target.NOT_MET);
        assertThat(reaction.items().get(2).status()).isEqualTo(ItemReaction.Target.NONE);
        // By hand from reaction.csv: relevance answers 1: 0, 2: 1, 3: 1, 4: 5, 5: 3 of 10 = 0, 10, 10, 50, 30%.
        assertThat(reaction.items().get(0).distribution())
                .extracting(Part::percent)
                .containsExactly(0.0, 10.0, 10.0, 50.0, 30.0);
        // METHOD §1 / Reichheld 2003, by hand: promoters 10, 9, 9 = 30%; detractors 6, 0 = 20%;
        // 30 - 20 = +10.
        assertThat(reaction.netPromoterScore().result().orElseThrow().value()).isEqualTo(10.0);
        assertThat(reaction.promoters().result().orElseThrow().value()).isEqualTo(30.0);
        assertThat(reaction.detractors().result().orElseThrow().value()).isEqualTo(20.0);
    }

    @Test
    void levelTwoOfTheTwentyPointTestAgreesWithR() {
        LearningResult a = only(evaluate("levels-known-answers").levels());
        PairedTTest t = a.pairedTest().orElseThrow().value();

        assertThat(a.rawGain().orElseThrow().meanPre().value()).isCloseTo(9.5833333333333339, ARITHMETIC);
        assertThat(a.rawGain().orElseThrow().meanPost().value()).isCloseTo(14.0, ARITHMETIC);
        // (mean(post) - mean(pre)) / (max - mean(pre))
        assertThat(a.normalisedGain().orElseThrow().classGain().orElseThrow().value())
                .isCloseTo(0.42399999999999999, ARITHMETIC);
        assertThat(t.t()).isCloseTo(7.5714285714285730, ARITHMETIC); // r$statistic
        assertThat(t.degreesOfFreedom()).isEqualTo(11); // r$parameter
        assertThat(t.pValue()).isCloseTo(1.0982477650566251e-05, DISTRIBUTION); // r$p.value
        assertThat(t.lower()).isCloseTo(3.1327586566132113, DISTRIBUTION); // r$conf.int[1]
        assertThat(t.upper()).isCloseTo(5.7005746767201231, DISTRIBUTION); // r$conf.int[2]
        CohensDz dz = a.cohensDz().orElseThrow().value();
        assertThat(dz.value()).isCloseTo(2.1856831619321548, ARITHMETIC); // effectsize::cohens_d
        assertThat(dz.lower()).isCloseTo(1.1441623081761978, DISTRIBUTION); // d - qnorm(0.975) * ...
        assertThat(dz.upper()).isCloseTo(3.2272040156881117, DISTRIBUTION); // d + qnorm(0.975) * ...
        // R (learning.R): mean(pre >= 12), mean(post >= 12); p08 scores exactly 12 before
        assertThat(a.passRates().orElseThrow().pre().value()).isEqualTo(25.0);
        assertThat(a.passRates().orElseThrow().post().value()).isEqualTo(75.0);
    }

    @Test
    void levelTwoOfTheHundredPointTestWithAPersonAtTheMaximumAgreesWithR() {
        LearningResult b = only(evaluate("learning-hundred-point-test").levels());
        PairedTTest t = b.pairedTest().orElseThrow().value();

        assertThat(b.rawGain().orElseThrow().gain().value()).isCloseTo(16.75, ARITHMETIC);
        // mean(g[pre < max]): p04 (pre = max) left out
        assertThat(b.normalisedGain()
                        .orElseThrow()
                        .meanOfIndividuals()
                        .orElseThrow()
                        .value())
                .isCloseTo(0.4698309105164331090, ARITHMETIC);
        assertThat(t.standardError()).isCloseTo(3.2936627462012997292, ARITHMETIC); // r$stderr
        assertThat(t.t()).isCloseTo(5.0855237134762445450, ARITHMETIC); // r$statistic
        assertThat(t.degreesOfFreedom()).isEqualTo(7); // r$parameter
        assertThat(t.pValue()).isCloseTo(0.0014222486638036922, DISTRIBUTION); // r$p.value
        assertThat(b.cohensDz().orElseThrow().value().value())
                .isCloseTo(1.7980041518420228908, ARITHMETIC); // effectsize::cohens_d
        // R: mean(pre >= 60) 0.5, mean(post >= 60) 0.75 on 8 people
        assertThat(b.passRates().orElseThrow().pre().value()).isEqualTo(50.0);
        assertThat(b.passRates().orElseThrow().post().value()).isEqualTo(75.0);
    }

    @Test
    void levelTwoOfTheTenPointTestWithLittleChangeAgreesWithR() {
        LearningResult c = only(evaluate("learning-ten-point-test").levels());
        PairedTTest t = c.pairedTest().orElseThrow().value();

        assertThat(c.normalisedGain().orElseThrow().classGain().orElseThrow().value())
                .isCloseTo(0.125, ARITHMETIC);
        assertThat(t.t()).isCloseTo(0.888523316638638483, ARITHMETIC); // r$statistic
        assertThat(t.degreesOfFreedom()).isEqualTo(5); // r$parameter
        assertThat(t.pValue()).isCloseTo(0.414954270079793353, DISTRIBUTION); // r$p.value
        assertThat(t.lower()).isCloseTo(-0.946547202250724196, DISTRIBUTION); // r$conf.int[1]
        assertThat(c.cohensDz().orElseThrow().value().value())
                .isCloseTo(0.362738125055005856, ARITHMETIC); // effectsize::cohens_d
        assertThat(c.passRates()).isEmpty();
    }

    /** R 4.2.2 for each test alone, as in the example's header; the two are never summed. */
    @Test
    void levelTwoWithTwoTestsAnalysesEachOnItsOwnAndAgreesWithR() {
        List<LearningTestResult> tests = evaluate("learning-two-tests").levels().learning();

        assertThat(tests)
                .extracting(LearningTestResult::name)
                .containsExactly("Feedback geven", "Coachend leidinggeven");
        LearningResult feedback = tests.get(0).result();
        assertThat(feedback.people()).isEqualTo(8);
        assertThat(feedback.rawGain().orElseThrow().gain().value()).isCloseTo(4.25, ARITHMETIC);
        assertThat(feedback.normalisedGain()
                        .orElseThrow()
                        .classGain()
                        .orElseThrow()
                        .value())
                .isCloseTo(0.44736842105263158, ARITHMETIC);
        assertThat(feedback.pairedTest().orElseThrow().value().t()).isCloseTo(13.561308598696916, ARITHMETIC);
        assertThat(feedback.pairedTest().orElseThrow().value().pValue())
                .isCloseTo(2.7872251803243188e-06, DISTRIBUTION);
        assertThat(feedback.cohensDz().orElseThrow().value().value()).isCloseTo(4.7946466359510129, ARITHMETIC);
        assertThat(feedback.passRates().orElseThrow().pre().value()).isEqualTo(12.5);
        assertThat(feedback.passRates().orElseThrow().post().value()).isEqualTo(75.0);
        LearningResult coaching = tests.get(1).result();
        assertThat(coaching.people()).isEqualTo(8);
        assertThat(coaching.rawGain().orElseThrow().gain().value()).isCloseTo(2.125, ARITHMETIC);
        assertThat(coaching.normalisedGain()
                        .orElseThrow()
                        .classGain()
                        .orElseThrow()
                        .value())
                .isCloseTo(0.22077922077922077, ARITHMETIC);
        assertThat(coaching.pairedTest().orElseThrow().value().t()).isCloseTo(7.2022076387587495, ARITHMETIC);
        assertThat(coaching.pairedTest().orElseThrow().value().pValue())
                .isCloseTo(0.00017711603107593984, DISTRIBUTION);
        assertThat(coaching.cohensDz().orElseThrow().value().value()).isCloseTo(2.5463649304399318, ARITHMETIC);
        assertThat(coaching.passRates().orElseThrow().pre().value()).isEqualTo(12.5);
        assertThat(coaching.passRates().orElseThrow().post().value()).isEqualTo(37.5);
    }

    @Test
    void levelThreeHasApplicationBarriersAndObservations() {
        LevelResults levels = evaluate("levels-known-answers").levels();
        ApplicationResult application = levels.application().orElseThrow();

        // By hand: 9 / 12 = 75%.
        assertThat(application.applying().result().orElseThrow().value()).isEqualTo(75.0);
        // By hand: 9 / 12 = 75%, 6 / 12 = 50%, 2 / 12 = 16.67%; 7 / 12 = 58.33%.
        assertThat(application.barriers())
                .extracting(Part::label)
                .containsExactly("no time", "no manager support", "no tools");
        assertThat(application.barriers()).extracting(Part::count).containsExactly(9, 6, 2);
        assertThat(application.enablers().get(0).percent()).isCloseTo(58.3333, within(1e-4));
        // By hand: daily 2, weekly 5, monthly 2, never 1 of 10 = 20, 50, 20, 10%.
        assertThat(application.frequency()).extracting(Part::percent).containsExactly(20.0, 50.0, 20.0, 10.0);
        // By hand: 5 / 10 = 50%, by 5 managers: not marked.
        assertThat(application.observedApplying().result().orElseThrow().value())
                .isEqualTo(50.0);
        assertThat(application.observedApplying().result().orElseThrow().marked())
                .isFalse();
    }

    @Test
    void aSeriesBesideEligibleNonParticipantsIsUnadjusted() {
        // Participants P01..P05 sell 10 in March; eligible non-participants E1..E5 sell 8: the
        // participants' point is 50 / 5 = 10, the comparison's 40 / 5 = 8, each on 5 people.
        PeriodSeries series =
                (PeriodSeries) evaluate("series-eligible-unadjusted").series().get("sales");

        assertThat(series.participants().points())
                .singleElement()
                .satisfies(point -> assertThat(point.value().value()).isEqualByComparingTo("10"));
        assertThat(series.comparison().orElseThrow().label()).isEqualTo(SeriesLabel.UNADJUSTED);
        assertThat(series.comparison().orElseThrow().points())
                .singleElement()
                .satisfies(point -> assertThat(point.value().value()).isEqualByComparingTo("8"));
        assertThat(series.notAnEffect()).isTrue();
    }

    @Test
    void aGivenControlGroupIsPreferredOverEligibleNonParticipants() {
        PeriodSeries series =
                (PeriodSeries) evaluate("series-control-group").series().get("kpi");

        assertThat(series.comparison().orElseThrow().label()).isEqualTo(SeriesLabel.CONTROL_GROUP);
        assertThat(series.comparison().orElseThrow().points().get(0).n()).isEqualTo(2);
        assertThat(series.notAnEffect()).isFalse();
    }

    @Test
    void countsMonthsOfTenureUntilTheThresholdWithTheKaplanMeierMedian() {
        ThresholdTimes times =
                (ThresholdTimes) evaluate("time-to-threshold").series().get("ramp-up");

        // Threshold 80% of the tenured median 100 = 80.
        assertThat(times.threshold()).isEqualByComparingTo("80");
        CohortThreshold january = times.cohorts().get(0);
        assertThat(january.persons())
                .containsExactly(
                        new PersonTime("a", 3, true),
                        new PersonTime("b", 1, true),
                        new PersonTime("c", 4, false),
                        new PersonTime("d", 2, true));
        assertThat(january.withoutData()).isEqualTo(1);
        // R 4, survival 3.5.3: survfit(Surv(c(3, 1, 4, 2), c(1, 1, 0, 1)) ~ 1) prints median 2.5.
        assertThat(january.medianMonths().orElseThrow().value()).isEqualByComparingTo("2.5");
        assertThat(times.cohorts().get(1).medianMonths().orElseThrow().value()).isEqualByComparingTo("1");
    }

    @Test
    void turnsTheThresholdWhenLowerIsBetter() {
        // Tenured median 10, share 80%: threshold 10 / 0.8 = 12.5. g reached in month 5, h censored
        // at month 5. R: survfit(Surv(c(5, 5), c(1, 0)) ~ 1) prints median 5.
        ThresholdTimes times = (ThresholdTimes)
                evaluate("time-to-threshold-lower-is-better").series().get("ramp-up");

        assertThat(times.threshold()).isEqualByComparingTo("12.5");
        assertThat(times.cohorts().get(0).persons())
                .containsExactly(new PersonTime("g", 5, true), new PersonTime("h", 5, false));
        assertThat(times.cohorts().get(0).medianMonths().orElseThrow().value()).isEqualByComparingTo("5");
    }

    /**
     * Benefits 55 x 12 x 100 = 66,000 a year, SE 9.5743 x 1,200 = 11,489.13. On costs of 40,000:
     * ROI normal, mean 65%, SD 28.7228%; 5th and 95th percentiles 65 -/+ 1.6449 x 28.7228 = 17.755%
     * and 112.245%; P(ROI >= 25%) = 0.9181. With the default 10,000 draws the SE of the 5th
     * percentile is 0.61 and of the probability 0.0028; tolerances are about 4 SE.
     */
    @Test
    void anEstimateOnlyEvaluationHasTheRangeOfItsHandCalculation() {
        RoiRange range =
                evaluate("uncertainty-estimates-only", new Evaluator()).range().orElseThrow();

        assertThat(range.iterations()).isEqualTo(MonteCarlo.DEFAULT_ITERATIONS);
        assertThat(range.p5()).isCloseTo(65 - Z95 * 28.722813, within(2.5));
        assertThat(range.p95()).isCloseTo(65 + Z95 * 28.722813, within(2.5));
        assertThat(range.probabilityMeetsObjective()).isCloseTo(0.9181328, within(0.012));
        assertThat(range.varied())
                .singleElement()
                .satisfies(input -> assertThat(input.kind()).isEqualTo(UncertainInput.Kind.IMPROVEMENT));
    }

    /**
     * Headline (66,000 + 75,000 - 100,000) / 100,000 = 41%. One at a time: the turnover value from
     * 37,500 to 62,500 moves the ROI by 2 x 25,000 / 100,000 = 50 points; the deals from their 5th
     * to 95th percentile by 2 x 1.6449 x 11,489.13 / 100,000 = 37.80 points. The value ranks first.
     */
    @Test
    void theDominantInputRanksFirstInTheSensitivity() {
        RoiRange range =
                evaluate("uncertainty-dominant-input", new Evaluator()).range().orElseThrow();

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

    @Test
    void twoMeasuresAndProjectedCostsGiveALowExpectedAndHighRoi() {
        ForecastResult forecast = forecasted("forecast-low-expected-high").forecast();

        // 218,400 + 1,872 = 220,272; 436,800 + 3,744 = 440,544; 655,200 + 5,616 = 660,816.
        assertThat(forecast.annualBenefits().expected().value().amount()).isEqualByComparingTo("440544");
        // ROI = (benefits - 120,000) / 120,000 x 100: 100,272 / 1,200 = 83.56; 320,544 / 1,200 =
        // 267.12; 540,816 / 1,200 = 450.68.
        assertThat(figures(forecast.roi().low()).roiPercent().value()).isEqualByComparingTo("83.56");
        assertThat(figures(forecast.roi().expected()).roiPercent().value()).isEqualByComparingTo("267.12");
        assertThat(figures(forecast.roi().high()).roiPercent().value()).isEqualByComparingTo("450.68");
        assertThat(figures(forecast.roi().expected()).costs().value().amount()).isEqualByComparingTo("120000");
        // BCR expected 440,544 / 120,000 = 3.6712.
        assertThat(figures(forecast.roi().expected()).benefitCostRatio().value())
                .isEqualByComparingTo("3.6712");
    }

    @Test
    void theForecastIsSetBesideTheActualWithItsVariancesExplained() {
        ForecastComparison comparison = forecasted("forecast-beside-actual").comparison();

        // Variance 67,200 = change (84 - 67.2) x 6,500 = 109,200 + value 84 x (6,000 - 6,500) = -42,000.
        MeasureVariance grievances = variance(comparison, "grievances");
        assertThat(grievances.variance().value().amount()).isEqualByComparingTo("67200");
        assertThat(grievances
                        .decomposition()
                        .orElseThrow()
                        .changeEffect()
                        .value()
                        .amount())
                .isEqualByComparingTo("109200");
        assertThat(grievances
                        .decomposition()
                        .orElseThrow()
                        .valueEffect()
                        .value()
                        .amount())
                .isEqualByComparingTo("-42000");
        // Overtime: variance -3,600 = change (36 - 48) x 450 = -5,400 + value 36 x (500 - 450) = 1,800.
        MeasureVariance overtime = variance(comparison, "overtime");
        assertThat(overtime.decomposition().orElseThrow().changeEffect().value().amount())
                .isEqualByComparingTo("-5400");
        assertThat(overtime.decomposition().orElseThrow().valueEffect().value().amount())
                .isEqualByComparingTo("1800");
        // Sales: forecast 10,000; actual 50,000 isolated outside, in money: no decomposition.
        assertThat(variance(comparison, "sales").variance().value().amount()).isEqualByComparingTo("40000");
        assertThat(variance(comparison, "sales").decomposition()).isEmpty();
        // Errors: forecast 1,200; the actual estimate states no basis: 0.
        assertThat(variance(comparison, "errors").variance().value().amount()).isEqualByComparingTo("-1200");
        // Complaints actual 3 a quarter x 4 x 1,000 = 12,000, not forecast.
        assertThat(comparison.unmatched()).extracting(Reason::code).containsExactly("forecast.notForecast");
        // Benefits 584,000 - 473,200 = 110,800; costs 200,000 - 160,000 = 40,000; ROI 192 against 195.75.
        assertThat(comparison.annualBenefits().variance().value().amount()).isEqualByComparingTo("110800");
        Variance.Compared<Money> costs = (Variance.Compared<Money>) comparison.costs();
        assertThat(costs.variance().value().amount()).isEqualByComparingTo("40000");
        Variance.Compared<BigDecimal> roi = (Variance.Compared<BigDecimal>) comparison.roi();
        assertThat(roi.forecast()).isEqualByComparingTo("195.75");
        assertThat(roi.actual()).isEqualByComparingTo("192");
        assertThat(roi.variance().value()).isEqualByComparingTo("-3.75");
    }

    static Stream<Arguments> everyExampleInBothLanguages() throws IOException {
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            List<Path> files = folders.map(folder -> folder.resolve("evaluation.yaml"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
            return files.stream().flatMap(file -> Stream.of("en", "nl").map(lang -> Arguments.of(file, lang)));
        }
    }

    @ParameterizedTest(name = "{0} --lang {1}")
    @MethodSource("everyExampleInBothLanguages")
    void evaluateReproducesEveryExampleFromItsFile(Path file, String lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = EvaluateCommand.run(
                List.of(file.toString(), "--lang", lang),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(exit).isEqualTo(EvaluateCommand.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isNotBlank();
    }

    private EvaluationResult evaluate(String example) {
        return evaluate(example, evaluator);
    }

    private static EvaluationResult evaluate(String example, Evaluator evaluator) {
        return evaluator.evaluate(read(example).evaluation());
    }

    private Forecasted forecasted(String example) {
        EvaluationFileResult.Read read = read(example);
        return Forecasted.of(read.forecast(), evaluator.evaluate(read.evaluation()))
                .orElseThrow();
    }

    private static EvaluationFileResult.Read read(String example) {
        EvaluationFileResult read =
                EvaluationFileReader.read(EXAMPLES.resolve(example).resolve("evaluation.yaml"));
        assertThat(read).as("problems in %s: %s", example, read).isInstanceOf(EvaluationFileResult.Read.class);
        return (EvaluationFileResult.Read) read;
    }

    private static Candidate alternative(MeasureBenefit measure, IsolationMethod method) {
        return measure.alternatives().stream()
                .filter(candidate -> candidate.method() == method)
                .findFirst()
                .orElseThrow();
    }

    private static MeasureVariance variance(ForecastComparison comparison, String measure) {
        return comparison.measures().stream()
                .filter(variance -> variance.measureId().equals(measure))
                .findFirst()
                .orElseThrow();
    }

    /** The example's one test, named by its scores table as the file writes it. */
    private static LearningResult only(LevelResults levels) {
        assertThat(levels.learning())
                .singleElement()
                .extracting(LearningTestResult::name)
                .isEqualTo("scores.csv");
        return levels.learning().get(0).result();
    }

    private static RoiFigures figures(RoiOutcome outcome) {
        assertThat(outcome).isInstanceOf(RoiFigures.class);
        return (RoiFigures) outcome;
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN);
    }
}
