package nl.rendement.engine.levels.learning;

import java.util.Objects;

/**
 * One named test of level 2: a skill or subject tested on its own. A programme may test several
 * (e.g. "Feedback geven" and "Coachend leidinggeven"); each is analysed apart by {@link
 * LearningAnalysis}, never summed with another into one score.
 *
 * @param name what the test is called, not blank; unique among an evaluation's tests
 * @param scores its pre- and post-scores, maximum and pass mark
 */
public record LearningTest(String name, LearningScores scores) {

    public LearningTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scores, "scores");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A test has a name");
        }
    }
}
