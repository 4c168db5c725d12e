package nl.rendement.engine.levels.learning;

import java.util.Objects;

/**
 * One person's score on a knowledge or skill test before and after the programme (level 2). Both
 * scores lie from 0 to the test's maximum, which {@link LearningScores} checks.
 *
 * @param person a pseudonymous identifier, unique within the test
 * @param pre the score before the programme
 * @param post the score after the programme
 */
public record PersonScore(String person, double pre, double post) {

    public PersonScore {
        Objects.requireNonNull(person, "person");
        if (person.isBlank()) {
            throw new IllegalArgumentException("A person needs an identifier");
        }
        if (!(pre >= 0) || !(post >= 0) || !Double.isFinite(pre) || !Double.isFinite(post)) {
            throw new IllegalArgumentException(
                    "Scores are finite and not negative for " + person + ": " + pre + ", " + post);
        }
    }

    public static PersonScore of(String person, double pre, double post) {
        return new PersonScore(person, pre, post);
    }

    /** The raw gain, {@code post - pre}; negative when the person fell back. */
    public double rawGain() {
        return post - pre;
    }
}
