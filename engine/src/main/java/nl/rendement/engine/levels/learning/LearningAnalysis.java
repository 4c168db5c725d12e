package nl.rendement.engine.levels.learning;

import static nl.rendement.engine.value.Numbers.toDecimal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Aggregate;

/**
 * Level 2, learning (METHOD §1): from each person's pre- and post-score on a test, the raw gain,
 * Hake's normalised gain and bands ({@link NormalisedGain}), the paired t-test ({@link
 * PairedTTest}), Cohen's d_z with its normal-approximation interval ({@link CohensDz}) and, with a
 * pass mark, the pass rates ({@link PassRates}). Immutable; the result does not depend on the order
 * of the people in the input. Impossible input (a score above the maximum or negative) throws when
 * the scores are built; too few people or no variation come back as reasons.
 */
public final class LearningAnalysis {

    private static final int FEWEST_FOR_VARIANCE = 2;

    private final LearningRules rules;

    private LearningAnalysis(LearningRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** With {@link LearningRules#withDefaults(int)} for anonymity threshold {@code k}. */
    public static LearningAnalysis withDefaults(int k) {
        return new LearningAnalysis(LearningRules.withDefaults(k));
    }

    public LearningAnalysis with(LearningRules other) {
        return new LearningAnalysis(other);
    }

    public LearningRules rules() {
        return rules;
    }

    public LearningResult analyse(LearningScores scores) {
        Objects.requireNonNull(scores, "scores");
        Step given = Step.of("learning.scores", "people", scores.n(), "maximum", toDecimal(scores.maximum()));
        if (scores.n() == 0) {
            Reason none = Reason.of("learning.noPeople");
            return new LearningResult(
                    0,
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(none),
                    Trail.of(given, none.step()));
        }
        int k = rules.k();
        List<IndividualGain> individuals = scores.people().stream()
                .map(score -> IndividualGain.of(score, scores.maximum()))
                .toList();
        RawGain raw = RawGain.of(scores, k);
        NormalisedGain normalised = NormalisedGain.of(scores.maximum(), raw, individuals, k);
        List<Reason> reasons = new ArrayList<>();
        if (normalised.classGain().isEmpty()) {
            reasons.add(Reason.of(
                    "learning.normalisedGain.undefined", "people", scores.n(), "maximum", toDecimal(scores.maximum())));
        }
        Optional<PairedTTest> test = pairedTest(scores, reasons);
        Optional<CohensDz> dz = test.map(CohensDz::of);
        Optional<PassRates> passRates = scores.passMark().map(mark -> PassRates.of(scores, mark, k));

        List<Step> steps = new ArrayList<>(List.of(given, raw.step()));
        steps.addAll(normalised.steps(scores.maximum(), raw));
        test.ifPresent(paired -> steps.add(paired.step()));
        dz.ifPresent(d -> steps.add(d.step(scores.n())));
        passRates.ifPresent(rates -> steps.add(rates.step()));
        reasons.forEach(reason -> steps.add(reason.step()));
        return new LearningResult(
                scores.n(),
                individuals,
                Optional.of(raw),
                Optional.of(normalised),
                test.map(paired -> Aggregate.of(paired, scores.n(), k)),
                dz.map(d -> Aggregate.of(d, scores.n(), k)),
                passRates,
                reasons,
                new Trail(steps));
    }

    /** The paired t-test, or a reason: fewer than two people, or everyone's gain is the same. */
    private Optional<PairedTTest> pairedTest(LearningScores scores, List<Reason> reasons) {
        double[] differences =
                scores.people().stream().mapToDouble(PersonScore::rawGain).toArray();
        if (differences.length < FEWEST_FOR_VARIANCE) {
            reasons.add(
                    Reason.of("learning.paired.tooFew", "people", differences.length, "minimum", FEWEST_FOR_VARIANCE));
            return Optional.empty();
        }
        if (Arrays.stream(differences).distinct().count() == 1) {
            reasons.add(Reason.of("learning.paired.noVariation", "difference", toDecimal(differences[0])));
            return Optional.empty();
        }
        return Optional.of(PairedTTest.of(differences, rules.confidenceLevel()));
    }
}
