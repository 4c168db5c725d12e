package nl.rendement.engine.levels.learning;

import static nl.rendement.engine.value.Numbers.toDecimal;

import java.util.Objects;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import org.apache.commons.statistics.descriptive.Mean;

/**
 * The class's mean scores and raw gain, {@code mean(post) - mean(pre)} (equal to the mean of the
 * individual raw gains), each resting on everyone with both scores.
 *
 * @param meanPre the mean score before
 * @param meanPost the mean score after
 * @param gain mean post minus mean pre, in score points
 */
public record RawGain(Aggregate<Double> meanPre, Aggregate<Double> meanPost, Aggregate<Double> gain) {

    public RawGain {
        Objects.requireNonNull(meanPre, "meanPre");
        Objects.requireNonNull(meanPost, "meanPost");
        Objects.requireNonNull(gain, "gain");
    }

    /** Needs at least one person. */
    static RawGain of(LearningScores scores, int k) {
        int n = scores.n();
        double pre = Mean.of(
                        scores.people().stream().mapToDouble(PersonScore::pre).toArray())
                .getAsDouble();
        double post = Mean.of(
                        scores.people().stream().mapToDouble(PersonScore::post).toArray())
                .getAsDouble();
        return new RawGain(Aggregate.of(pre, n, k), Aggregate.of(post, n, k), Aggregate.of(post - pre, n, k));
    }

    /** The step {@code learning.rawGain}. */
    Step step() {
        return Step.of(
                "learning.rawGain",
                "n",
                gain.n(),
                "meanPre",
                toDecimal(meanPre.value()),
                "meanPost",
                toDecimal(meanPost.value()),
                "rawGain",
                toDecimal(gain.value()));
    }
}
