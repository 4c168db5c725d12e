package nl.rendement.engine.levels.learning;

import static nl.rendement.engine.value.Numbers.toDecimal;

import java.util.function.ToDoubleFunction;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;

/**
 * The percentage of people scoring at or above the pass mark, before and after: {@code 100 x
 * passed / n}. Each is a part of everyone with both scores: its n is the number who passed, and
 * it is marked when those who passed or those who did not are fewer than k (METHOD §1).
 *
 * @param passMark the score at or above which a person passes
 * @param pre percentage passing before the programme, from 0 to 100
 * @param post percentage passing after the programme, from 0 to 100
 */
public record PassRates(double passMark, Aggregate<Double> pre, Aggregate<Double> post) {

    /** Needs at least one person. */
    static PassRates of(LearningScores scores, double passMark, int k) {
        return new PassRates(
                passMark, rate(scores, PersonScore::pre, passMark, k), rate(scores, PersonScore::post, passMark, k));
    }

    private static Aggregate<Double> rate(
            LearningScores scores, ToDoubleFunction<PersonScore> score, double passMark, int k) {
        int passed = (int) scores.people().stream()
                .filter(person -> score.applyAsDouble(person) >= passMark)
                .count();
        return Aggregate.part(100.0 * passed / scores.n(), passed, scores.n(), k);
    }

    /** The step {@code learning.passRates}. */
    Step step() {
        return Step.of(
                "learning.passRates",
                "passMark",
                toDecimal(passMark),
                "people",
                pre.ofTotal().orElseThrow(),
                "passedPre",
                pre.n(),
                "passedPost",
                post.n(),
                "percentPre",
                toDecimal(pre.value()),
                "percentPost",
                toDecimal(post.value()));
    }
}
