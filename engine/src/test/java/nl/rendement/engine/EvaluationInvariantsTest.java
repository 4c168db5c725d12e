package nl.rendement.engine;

import static nl.rendement.engine.EvaluationFixtures.START;
import static nl.rendement.engine.EvaluationFixtures.euros;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.costs.CostLine;
import nl.rendement.engine.isolation.Candidate;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.isolation.estimate.Estimate;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.uncertainty.RoiRange;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the whole evaluation over generated cases (seeded, so every failure reproduces). */
class EvaluationInvariantsTest {

    /** Few Monte Carlo iterations: these invariants are about the headline; the range has its own tests. */
    private final Evaluator evaluator = new Evaluator(MonteCarlo.withDefaults().withIterations(200));

    static Stream<Long> seeds() {
        return IntStream.range(0, 150).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roiIsBcrMinusOneTimesHundred(long seed) {
        if (evaluator.evaluate(generate(new Random(seed))).roi() instanceof RoiFigures figures) {
            BigDecimal fromBcr =
                    figures.benefitCostRatio().value().subtract(BigDecimal.ONE).multiply(BigDecimal.valueOf(100));
            assertThat(figures.roiPercent().value().subtract(fromBcr).abs()).isLessThan(new BigDecimal("1e-25"));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theUncertaintyModelGivesTheHeadlineRoiAtItsCentreAndOrderedPercentiles(long seed) {
        EvaluationResult result = evaluator.evaluate(generate(new Random(seed)));
        if (result.roi() instanceof RoiFigures figures) {
            RoiRange range = result.range().orElseThrow();
            BigDecimal headline = (BigDecimal) range.trail()
                    .all("uncertainty.range")
                    .get(0)
                    .fact("headline")
                    .orElseThrow();
            assertThat(headline.subtract(figures.roiPercent().value()).abs())
                    .isLessThan(new BigDecimal("1e-6")
                            .max(figures.roiPercent().value().abs().multiply(new BigDecimal("1e-12"))));
            assertThat(range.p5()).isLessThanOrEqualTo(range.median());
            assertThat(range.median()).isLessThanOrEqualTo(range.p95());
        } else {
            assertThat(result.range()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void addingACostNeverRaisesNetBenefitsNorTheRoiOfNonNegativeBenefits(long seed) {
        Evaluation before = generate(new Random(seed));
        Evaluation after = withCosts(
                before,
                before.costs()
                        .with(CostLine.oneTime(
                                "extra",
                                CostCategory.DELIVERY,
                                "Extra",
                                euros(String.valueOf(1 + new Random(seed).nextInt(20000))),
                                euros("0"),
                                START)));
        if (evaluator.evaluate(before).roi() instanceof RoiFigures one
                && evaluator.evaluate(after).roi() instanceof RoiFigures two) {
            assertThat(net(two)).isLessThanOrEqualTo(net(one));
            if (one.benefits().value().amount().signum() >= 0) {
                assertThat(two.roiPercent().value())
                        .isLessThanOrEqualTo(one.roiPercent().value());
            }
        }
    }

    /**
     * A non-respondent adds 0 (principle 6): no estimate candidate's benefit rises, and neither do
     * the annual benefits while every candidate keeps its credibility. (When the extra
     * non-respondent pushes the lowest source below the minimum response rate, METHOD §2 makes
     * the next lowest credible candidate the headline, which may be higher: that is the
     * conservative rule's order of precedence, not a non-respondent adding benefit.)
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aNonRespondentNeverRaisesBenefits(long seed) {
        Evaluation before = generate(new Random(seed));
        List<MeasureEvaluation> measures = before.measures().stream()
                .map(measure -> new MeasureEvaluation(
                        measure.measure(),
                        measure.estimates().stream()
                                .map(set -> new EstimateSet(set.source(), set.asked() + 1, set.responses()))
                                .toList(),
                        measure.controlGroup(),
                        measure.outside(),
                        measure.value()))
                .toList();
        EvaluationResult one = evaluator.evaluate(before);
        EvaluationResult two = evaluator.evaluate(withMeasures(before, measures));

        for (int m = 0; m < one.measures().size(); m++) {
            List<Candidate> first = candidates(one.measures().get(m));
            List<Candidate> second = candidates(two.measures().get(m));
            for (int c = 0; c < first.size(); c++) {
                Optional<BigDecimal> was = benefit(first.get(c));
                Optional<BigDecimal> is = benefit(second.get(c));
                if (was.isPresent() && is.isPresent()) {
                    assertThat(is.get()).isLessThanOrEqualTo(was.get());
                }
            }
            if (first.stream()
                    .map(Candidate::credible)
                    .toList()
                    .equals(second.stream().map(Candidate::credible).toList())) {
                assertThat(two.measures().get(m).annualBenefit().value().amount())
                        .isLessThanOrEqualTo(
                                one.measures().get(m).annualBenefit().value().amount());
            }
        }
    }

    private static List<Candidate> candidates(MeasureBenefit measure) {
        return Stream.concat(measure.headline().stream(), measure.alternatives().stream())
                .sorted(java.util.Comparator.comparing(Candidate::method))
                .toList();
    }

    private static Optional<BigDecimal> benefit(Candidate candidate) {
        return candidate.annualBenefit().map(benefit -> benefit.value().amount());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void eachHeadlineIsTheLowestCredibleCandidateSoANonCredibleLowestIsPassedOver(long seed) {
        for (MeasureBenefit measure :
                evaluator.evaluate(generate(new Random(seed))).measures()) {
            List<Candidate> all = Stream.concat(measure.headline().stream(), measure.alternatives().stream())
                    .toList();
            Optional<BigDecimal> lowestCredible = all.stream()
                    .filter(Candidate::credible)
                    .map(candidate ->
                            candidate.annualBenefit().orElseThrow().value().amount())
                    .min(BigDecimal::compareTo);
            assertThat(measure.headline()
                            .map(h -> h.annualBenefit().orElseThrow().value().amount()))
                    .isEqualTo(lowestCredible);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void resultsDoNotDependOnInputOrder(long seed) {
        Evaluation original = generate(new Random(seed));
        Random shuffler = new Random(seed + 1);
        List<MeasureEvaluation> measures = new ArrayList<>();
        for (MeasureEvaluation measure : original.measures()) {
            measures.add(new MeasureEvaluation(
                    measure.measure(),
                    shuffled(
                            measure.estimates().stream()
                                    .map(set -> new EstimateSet(
                                            set.source(), set.asked(), shuffled(set.responses(), shuffler)))
                                    .toList(),
                            shuffler),
                    measure.controlGroup(),
                    shuffled(measure.outside(), shuffler),
                    measure.value()));
        }
        Evaluation reordered = new Evaluation(
                original.programme(),
                original.settings(),
                shuffled(original.participants(), shuffler),
                measures,
                new CostLedger(
                        shuffled(original.costs().lines(), shuffler),
                        original.costs().explicitlyZero(),
                        original.costs().reimbursements(),
                        original.costs().participantTime()),
                original.rates(),
                original.intangibles(),
                original.horizon());

        EvaluationResult one = evaluator.evaluate(original);
        EvaluationResult two = evaluator.evaluate(reordered);
        assertThat(two.annualBenefits().value()).isEqualTo(one.annualBenefits().value());
        assertThat(two.costs()).isEqualTo(one.costs());
        assertThat(figure(two)).isEqualTo(figure(one));
    }

    @org.junit.jupiter.api.Test
    void theGeneratedCasesMostlyHaveAnRoiSoTheInvariantsAreExercised() {
        long withRoi = seeds().filter(
                        seed -> evaluator.evaluate(generate(new Random(seed))).roi() instanceof RoiFigures)
                .count();
        long withoutCredibleEstimate = seeds().filter(seed ->
                        evaluator.evaluate(generate(new Random(seed))).measures().stream()
                                .anyMatch(measure ->
                                        measure.alternatives().stream().anyMatch(c -> !c.credible())))
                .count();

        assertThat(withRoi).isGreaterThan(100);
        assertThat(withoutCredibleEstimate).isGreaterThan(20);
    }

    /** One to three measures with participant and manager estimates and sometimes an effect isolated outside. */
    static Evaluation generate(Random random) {
        List<MeasureEvaluation> measures = new ArrayList<>();
        for (int m = 0; m < 1 + random.nextInt(3); m++) {
            MeasureEvaluation measure = MeasureEvaluation.of(
                    ImpactMeasure.of("m" + m, "Measure " + m, "units", Direction.HIGHER_IS_BETTER, PeriodLength.MONTH),
                    ConversionValue.of(
                            Technique.HISTORICAL_COST,
                            euros(String.valueOf(10 + random.nextInt(500))),
                            "Finance",
                            2025));
            for (EstimateSource source : List.of(EstimateSource.PARTICIPANT, EstimateSource.MANAGER)) {
                if (random.nextInt(4) > 0) {
                    measure = measure.with(estimates(source, random));
                }
            }
            if (random.nextInt(3) == 0) {
                measure = measure.with(IsolatedOutside.improvement(
                        BigDecimal.valueOf(random.nextInt(40)),
                        random.nextInt(5) == 0 ? " " : "HR study",
                        "Study",
                        START));
            }
            measures.add(measure);
        }
        CostLedger ledger = EvaluationFixtures.deliveryOnly(String.valueOf(1000 + random.nextInt(200000)));
        return new Evaluation(
                "Generated",
                EvaluationFixtures.SETTINGS,
                EvaluationFixtures.participants(5 + random.nextInt(40)),
                measures,
                ledger,
                ExchangeRates.NONE,
                List.of(),
                Horizon.ONE_YEAR);
    }

    private static EstimateSet estimates(EstimateSource source, Random random) {
        int answered = random.nextInt(15);
        List<Estimate> answers = new ArrayList<>();
        for (int i = 0; i < answered; i++) {
            BigDecimal improvement = BigDecimal.valueOf(random.nextInt(random.nextInt(10) == 0 ? 100 : 10));
            Percentage attribution = Percentage.of(random.nextInt(101));
            Percentage confidence = Percentage.of(random.nextInt(101));
            String who = source.name().charAt(0) + String.valueOf(i);
            answers.add(
                    random.nextInt(8) == 0
                            ? Estimate.withoutBasis(who, improvement, attribution, confidence)
                            : Estimate.of(who, improvement, attribution, confidence, "Records"));
        }
        return new EstimateSet(source, Math.max(1, answered + random.nextInt(20)), answers);
    }

    private static Evaluation withCosts(Evaluation evaluation, CostLedger costs) {
        return new Evaluation(
                evaluation.programme(),
                evaluation.settings(),
                evaluation.participants(),
                evaluation.measures(),
                costs,
                evaluation.rates(),
                evaluation.intangibles(),
                evaluation.horizon());
    }

    private static Evaluation withMeasures(Evaluation evaluation, List<MeasureEvaluation> measures) {
        return new Evaluation(
                evaluation.programme(),
                evaluation.settings(),
                evaluation.participants(),
                measures,
                evaluation.costs(),
                evaluation.rates(),
                evaluation.intangibles(),
                evaluation.horizon());
    }

    private static BigDecimal net(RoiFigures figures) {
        return figures.benefits().value().minus(figures.costs().value()).amount();
    }

    private static Optional<BigDecimal> figure(EvaluationResult result) {
        return result.roi() instanceof RoiFigures figures
                ? Optional.of(figures.roiPercent().value())
                : Optional.empty();
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
