package nl.rendement.engine.levels.learning;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Aggregate;

/**
 * What one test's pre- and post-scores show (level 2). Every figure about the group is an {@link
 * Aggregate} with the people it rests on and its small-group mark; a figure that cannot be computed
 * is empty and {@link #reasons()} says why.
 *
 * @param people everyone with both scores
 * @param individuals each person's raw and normalised gain, in identifier order (analysts only)
 * @param rawGain mean scores and the raw gain; empty when nobody has scores
 * @param normalisedGain Hake's class gain, mean individual gain and bands; empty when nobody has
 *     scores
 * @param pairedTest the paired t-test of post - pre; empty with fewer than two people or when
 *     everyone's gain is the same
 * @param cohensDz Cohen's d_z with its normal-approximation interval; empty when the test is
 * @param passRates the percentages passing before and after; empty without a pass mark or people
 * @param reasons why a figure is empty: {@code learning.noPeople}, {@code learning.paired.tooFew},
 *     {@code learning.paired.noVariation}, {@code learning.normalisedGain.undefined}
 * @param trail every step: the scores, each figure, then the reasons
 */
public record LearningResult(
        int people,
        List<IndividualGain> individuals,
        Optional<RawGain> rawGain,
        Optional<NormalisedGain> normalisedGain,
        Optional<Aggregate<PairedTTest>> pairedTest,
        Optional<Aggregate<CohensDz>> cohensDz,
        Optional<PassRates> passRates,
        List<Reason> reasons,
        Trail trail) {

    public LearningResult {
        individuals = List.copyOf(individuals);
        Objects.requireNonNull(rawGain, "rawGain");
        Objects.requireNonNull(normalisedGain, "normalisedGain");
        Objects.requireNonNull(pairedTest, "pairedTest");
        Objects.requireNonNull(cohensDz, "cohensDz");
        Objects.requireNonNull(passRates, "passRates");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(trail, "trail");
    }
}
